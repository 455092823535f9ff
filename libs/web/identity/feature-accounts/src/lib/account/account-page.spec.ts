import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, input, type EnvironmentProviders } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Account } from '@ecampus/shared/contracts';
import { AccountStore, AuthStore } from '@ecampus/web/identity/data-access';
import { anAccount } from '@ecampus/web/identity/data-access/testing';
import { IDENTITY_I18N } from '@ecampus/web/identity/ui';
import { provideAccountSection } from '@ecampus/web/shared/ui-plugins';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { pageHelpers } from '@ecampus/web/shared/ui/testing';
import { AccountPage } from './account-page';

@Component({ selector: 'ec-person-notes', changeDetection: ChangeDetectionStrategy.OnPush, template: 'Notizen zu {{ userId() }}' })
class PersonNotes {
  readonly userId = input.required<string>();
}

describe('AccountPage', () => {
  let backend: HttpTestingController;
  const katrin = anAccount();

  async function render(account: Account, ...extra: EnvironmentProviders[]) {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideTestI18n(IDENTITY_I18N),
        AccountStore,
        AuthStore,
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        ...extra,
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(AccountPage);
    fixture.componentRef.setInput('userId', account.id);
    fixture.detectChanges();
    backend.expectOne(`/api/users/${account.id}`).flush(account);
    await fixture.whenStable();
    const page = pageHelpers(fixture);
    // The dialog closes after its exit animation, on a timer.
    return { ...page, settle: () => page.settle(200) };
  }

  afterEach(() => backend.verify());

  it('shows the account with its status, and the sections other domains add', async () => {
    const { el, $ } = await render(katrin, provideAccountSection({ id: 'notes', order: 10, load: () => Promise.resolve(PersonNotes) }));
    expect($('account-name')?.textContent).toContain('Katrin Koordination');
    expect($('account-email')?.textContent).toContain('koordination@ecampus.example');
    expect($('account-status')?.textContent).toContain('aktiv');
    expect($('account-resend')).toBeNull();
    expect($('account-section-notes')?.textContent).toContain(`Notizen zu ${katrin.id}`);
    expect(el.textContent).toContain('noch nie');
  });

  it('deactivates her after confirming; then offers to reactivate', async () => {
    const { $, confirm, settle } = await render(katrin);
    $('account-deactivate')?.click();
    await confirm('account-active-confirm');
    const req = backend.expectOne(`/api/users/${katrin.id}`);
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ active: false });
    req.flush(anAccount({ active: false, status: 'deactivated' }));
    await settle();
    expect($('account-status')?.textContent).toContain('deaktiviert');
    expect($('account-deactivate')).toBeNull();
    expect($('account-reactivate')).not.toBeNull();
  });

  it('keeps the confirmation open with the reason when the server refuses', async () => {
    const { $, confirm, settle } = await render(katrin);
    $('account-deactivate')?.click();
    await confirm('account-active-confirm');
    backend
      .expectOne(`/api/users/${katrin.id}`)
      .flush(
        { statusCode: 422, code: 'rule_violated', message: 'Sie können sich nicht selbst deaktivieren.' },
        { status: 422, statusText: 'Unprocessable' },
      );
    await settle();
    expect(document.querySelector('[data-testid="confirm-error"]')?.textContent).toContain('nicht selbst deaktivieren');
    expect($('account-status')?.textContent).toContain('aktiv');
  });

  it('sends the invitation again to someone who has not set a password yet', async () => {
    const { $, confirm, settle } = await render(anAccount({ status: 'invited' }));
    $('account-resend')?.click();
    await confirm('account-resend-confirm');
    backend.expectOne(`/api/users/${katrin.id}/invitation`).flush(null, { status: 202, statusText: 'Accepted' });
    await settle();
  });

  it('says when the account cannot be found', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideTestI18n(IDENTITY_I18N), AccountStore, AuthStore, provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(AccountPage);
    fixture.componentRef.setInput('userId', 'x');
    fixture.detectChanges();
    backend
      .expectOne('/api/users/x')
      .flush({ statusCode: 404, code: 'not_found', message: 'Dieses Konto gibt es nicht.' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('Das Konto konnte nicht geladen werden.');
  });
});
