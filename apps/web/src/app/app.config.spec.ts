import { TestBed } from '@angular/core/testing';
import { currentLocale } from '@ecampus/shared/contracts';
import { ACCOUNT_SECTIONS, ADMIN_SECTIONS, NAV_ENTRIES, PROGRAM_TABS } from '@ecampus/web/shared/ui-plugins';
import { I18nService } from '@ecampus/web/shared/util-i18n';
import { appConfig } from './app.config';

describe('appConfig', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: appConfig.providers });
  });

  it("lets the contracts' messages follow the web's language", () => {
    const i18n = TestBed.inject(I18nService);
    expect(currentLocale()).toBe('de');
    i18n.setLanguage('en');
    expect(currentLocale()).toBe('en');
  });

  it("registers programs' tabs", () => {
    const programs = ['tab-overview', 'tab-my-tandem', 'tab-profile', 'tab-members', 'tab-tandems', 'tab-settings'];
    // Other domains add tabs of their own (e.g. a freshly generated one): programs' are all there, in their order.
    expect(
      TestBed.inject(PROGRAM_TABS)
        .map((tab) => tab.testId)
        .filter((id) => programs.includes(id)),
    ).toEqual(programs);
  });

  it('registers the administration for administrators, with the sections of programs and identity', () => {
    const admin = TestBed.inject(NAV_ENTRIES).find((entry) => entry.path === 'verwaltung');
    expect(admin?.visibleTo).toEqual(['admin']);
    const sections = TestBed.inject(ADMIN_SECTIONS).map((section) => section.path);
    expect(sections).toEqual(expect.arrayContaining(['programme', 'konten']));
    expect(TestBed.inject(ACCOUNT_SECTIONS).map((section) => section.id)).toContain('programs');
  });
});
