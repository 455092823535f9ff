import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { IDENTITY_I18N } from '@ecampus/web/identity/ui';
import { I18nService } from '@ecampus/web/shared/util-i18n';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { pageHelpers } from '@ecampus/web/shared/ui/testing';
import { ChangePasswordPage } from './change-password-page';

describe('ChangePasswordPage', () => {
  let backend: HttpTestingController;

  async function render() {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(IDENTITY_I18N), provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ChangePasswordPage);
    await fixture.whenStable();
    const page = pageHelpers(fixture);
    const fill = (current: string, next: string, repeat = next) => {
      page.type('password-current', current);
      page.type('new-password', next);
      page.type('new-repeat', repeat);
    };
    return { fixture, ...page, fill, submit: () => page.submit('password-form') };
  }

  afterEach(() => backend.verify());

  it('asks for every field and refuses a short or differing new password before asking the server', async () => {
    const { $, fill, submit } = await render();
    await submit();
    expect($('password-current-error')?.textContent).toContain('Bitte geben Sie Ihr bisheriges Passwort ein.');
    fill('Altes-Passwort-1', 'kurz', 'anders');
    await submit();
    expect($('new-password-error')?.textContent).toContain('mindestens 10 Zeichen');
    expect($('new-mismatch')?.textContent).toContain('stimmen nicht überein');
    backend.expectNone('/api/me/password');
  });

  it("shows the server's reasons at the fields: a wrong current and a weak new password", async () => {
    const { $, fill, submit, settle } = await render();
    fill('falsch-falsch', 'Passwort123!');
    await submit();
    const req = backend.expectOne('/api/me/password');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ currentPassword: 'falsch-falsch', newPassword: 'Passwort123!' });
    req.flush(
      {
        statusCode: 400,
        code: 'validation_failed',
        message: 'Bitte prüfen Sie Ihre Eingaben.',
        fields: { currentPassword: 'Das bisherige Passwort stimmt nicht.', newPassword: 'Dieses Passwort ist leicht zu erraten.' },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect($('password-current-error')?.textContent).toContain('Das bisherige Passwort stimmt nicht.');
    expect($('new-password-error')?.textContent).toContain('Dieses Passwort ist leicht zu erraten.');
    expect($('password-changed')).toBeNull();
  });

  it('says that the other devices were signed out, in the language of the page, and empties the form', async () => {
    const { $, fill, submit, settle, fixture } = await render();
    TestBed.inject(I18nService).setLanguage('en');
    await fixture.whenStable();
    fill('Altes-Passwort-1', 'Neues-langes-Passwort-2027');
    await submit();
    backend.expectOne('/api/me/password').flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect($('password-changed')?.textContent).toContain('signed out on every other device');
    expect(($('new-password') as HTMLInputElement).value).toBe('');
    expect($('new-password-error')).toBeNull();
  });
});
