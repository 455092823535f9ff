import { TestBed } from '@angular/core/testing';
import { currentLocale } from '@ecampus/shared/contracts';
import { PROGRAM_TABS } from '@ecampus/web/shared/ui-plugins';
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
});
