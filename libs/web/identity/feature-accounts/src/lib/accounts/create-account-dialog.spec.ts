import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialogRef } from '@angular/material/dialog';
import { AccountListStore } from '@ecampus/web/identity/data-access';
import { IDENTITY_I18N } from '@ecampus/web/identity/ui';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { pageHelpers } from '@ecampus/web/shared/ui/testing';
import { CreateAccountDialog } from './create-account-dialog';

describe('CreateAccountDialog', () => {
  let backend: HttpTestingController;
  let close: jest.Mock;

  async function render() {
    localStorage.clear();
    close = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        provideTestI18n(IDENTITY_I18N),
        AccountListStore,
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CreateAccountDialog);
    await fixture.whenStable();
    const page = pageHelpers(fixture);
    return { fixture, ...page, submit: () => page.submit('create-account-form') };
  }

  afterEach(() => backend.verify());

  it('creates an active account with a password and shows the strength check of the server at the field', async () => {
    const { $, type, submit } = await render();
    type('create-account-email', 'koordination2@ecampus.example');
    type('create-account-name', 'Kim Koordination');
    type('create-account-password', 'Passwort123!');
    await submit();
    const req = backend.expectOne('/api/users');
    expect(req.request.body).toEqual({ email: 'koordination2@ecampus.example', displayName: 'Kim Koordination', password: 'Passwort123!' });
    req.flush(
      {
        statusCode: 400,
        code: 'validation_failed',
        message: 'Bitte prüfen Sie Ihre Eingaben.',
        fields: { password: 'Dieses Passwort ist leicht zu erraten. Nehmen Sie mehrere Wörter.' },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await submit();
    expect($('create-account-password-error')?.textContent).toContain('leicht zu erraten');
    expect(close).not.toHaveBeenCalled();

    type('create-account-password', 'Drei-Wörter-im-Garten-2027');
    await submit();
    backend.expectOne('/api/users').flush({ id: 'n1', email: 'koordination2@ecampus.example', displayName: 'Kim Koordination' });
    await new Promise((resolve) => setTimeout(resolve));
    expect(close).toHaveBeenCalledWith({ displayName: 'Kim Koordination', invited: false });
    backend.expectOne((r) => r.url === '/api/users' && r.method === 'GET');
  });

  it('sends an invitation without a password, with administration rights if chosen', async () => {
    const { $, type, submit, fixture } = await render();
    type('create-account-email', 'neu@ecampus.example');
    type('create-account-name', 'Nora Neu');
    $('create-account-invite')?.querySelector('input')?.click();
    $('create-account-admin')?.querySelector('input')?.click();
    await fixture.whenStable();
    expect($('create-account-password')).toBeNull();
    expect($('create-account-submit')?.textContent).toContain('Einladung senden');
    await submit();
    const req = backend.expectOne('/api/users');
    expect(req.request.body).toEqual({ email: 'neu@ecampus.example', displayName: 'Nora Neu', isAdmin: true });
    req.flush({ id: 'n2', email: 'neu@ecampus.example', displayName: 'Nora Neu' });
    await new Promise((resolve) => setTimeout(resolve));
    expect(close).toHaveBeenCalledWith({ displayName: 'Nora Neu', invited: true });
    backend.expectOne((r) => r.url === '/api/users' && r.method === 'GET');
  });

  it('shows a taken e-mail address in the dialog', async () => {
    const { $, type, submit } = await render();
    type('create-account-email', 'koordination@ecampus.example');
    type('create-account-name', 'Katrin');
    type('create-account-password', 'Drei-Wörter-im-Garten-2027');
    await submit();
    backend
      .expectOne('/api/users')
      .flush(
        { statusCode: 409, code: 'email_taken', message: 'Diese E-Mail-Adresse ist schon vergeben.' },
        { status: 409, statusText: 'Conflict' },
      );
    await submit();
    expect($('create-account-error')?.textContent).toContain('schon vergeben');
  });
});
