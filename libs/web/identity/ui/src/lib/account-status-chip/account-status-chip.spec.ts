import { TestBed } from '@angular/core/testing';
import { I18nService } from '@ecampus/web/shared/util-i18n';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { IDENTITY_I18N } from '../../i18n/identity.i18n';
import { AccountStatusChip } from './account-status-chip';

describe('AccountStatusChip', () => {
  it('names the status in the language of the page', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(IDENTITY_I18N)] });
    const fixture = TestBed.createComponent(AccountStatusChip);
    fixture.componentRef.setInput('status', 'invited');
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.textContent?.trim()).toBe('eingeladen');

    TestBed.inject(I18nService).setLanguage('en');
    fixture.componentRef.setInput('status', 'deactivated');
    await fixture.whenStable();
    expect(el.textContent?.trim()).toBe('deactivated');
  });
});
