import { TestBed } from '@angular/core/testing';
import { I18nService } from '@ecampus/web/shared/util-i18n';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { PROGRAMS_I18N } from '../../i18n/programs.i18n';
import { TandemStatusChip } from './tandem-status-chip';

describe('TandemStatusChip', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(PROGRAMS_I18N)] });
  });

  it('shows the status and the quiet flag, in the current language', async () => {
    const fixture = TestBed.createComponent(TandemStatusChip);
    fixture.componentRef.setInput('status', 'active');
    fixture.componentRef.setInput('quiet', true);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('[data-testid="tandem-status"]')?.textContent?.trim()).toBe('aktiv');
    expect(el.querySelector('[data-testid="tandem-quiet"]')?.textContent?.trim()).toBe('ruhig');

    TestBed.inject(I18nService).setLanguage('en');
    fixture.componentRef.setInput('quiet', false);
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="tandem-status"]')?.textContent?.trim()).toBe('active');
    expect(el.querySelector('[data-testid="tandem-quiet"]')).toBeNull();
  });
});
