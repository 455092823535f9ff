import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { anAccount } from '../testing';
import { AccountStore } from './account-store';
import { AuthStore } from './auth-store';

describe('AccountStore', () => {
  let store: AccountStore;
  let backend: HttpTestingController;
  const id = anAccount().id;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [AccountStore, AuthStore, provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(AccountStore);
    backend = TestBed.inject(HttpTestingController);
    const load = store.load(id);
    backend.expectOne(`/api/users/${id}`).flush(anAccount());
    await load;
  });

  afterEach(() => backend.verify());

  it('renames, deactivates and reactivates through PATCH and keeps the answer', async () => {
    const rename = store.rename('Katrin Koch');
    const req = backend.expectOne(`/api/users/${id}`);
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ displayName: 'Katrin Koch' });
    req.flush(anAccount({ displayName: 'Katrin Koch' }));
    await rename;
    expect(store.account()?.displayName).toBe('Katrin Koch');

    const deactivate = store.setActive(false);
    const off = backend.expectOne(`/api/users/${id}`);
    expect(off.request.body).toEqual({ active: false });
    off.flush(anAccount({ active: false, status: 'deactivated' }));
    await deactivate;
    expect(store.account()?.status).toBe('deactivated');
  });

  it('an administrator renaming herself sees her new name at once (the toolbar reads the session)', async () => {
    const auth = TestBed.inject(AuthStore);
    const login = auth.login({ email: 'a@ecampus.example', password: 'geheim' });
    backend
      .expectOne('/api/auth/login')
      .flush({
        accessToken: 't',
        expiresIn: 900,
        user: { id, email: anAccount().email, displayName: anAccount().displayName, isAdmin: true },
      });
    await login;
    const rename = store.rename('Katrin Koch');
    backend.expectOne(`/api/users/${id}`).flush(anAccount({ displayName: 'Katrin Koch' }));
    await rename;
    expect(auth.user()?.displayName).toBe('Katrin Koch');
  });

  it('sends the invitation again', async () => {
    const resend = store.resendInvitation();
    const req = backend.expectOne(`/api/users/${id}/invitation`);
    expect(req.request.method).toBe('POST');
    req.flush(null, { status: 202, statusText: 'Accepted' });
    await resend;
  });

  it('rejects with the HTTP error so a dialog can show it', async () => {
    const deactivate = store.setActive(false);
    backend
      .expectOne(`/api/users/${id}`)
      .flush(
        { statusCode: 422, code: 'rule_violated', message: 'Sie können sich nicht selbst deaktivieren.' },
        { status: 422, statusText: 'Unprocessable' },
      );
    await expect(deactivate).rejects.toMatchObject({ status: 422 });
    expect(store.account()?.active).toBe(true);
  });

  it('says when the account cannot be loaded', async () => {
    const load = store.load('00000000-0000-0000-0000-000000000000');
    backend
      .expectOne('/api/users/00000000-0000-0000-0000-000000000000')
      .flush({ statusCode: 404, code: 'not_found', message: 'Dieses Konto gibt es nicht.' }, { status: 404, statusText: 'Not Found' });
    await load;
    expect(store.failed()).toBe(true);
    expect(store.account()).toBeNull();
    expect(store.error()?.message).toBe('Dieses Konto gibt es nicht.');
  });
});
