import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { LoginResponse } from '@ecampus/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { authInterceptor } from './auth-interceptor';
import { AuthStore } from './auth-store';

const anna = { id: '3f1f8a52-7c1e-4a57-9a0e-2c5d9b0c1a11', email: 'anna@ecampus.example', displayName: 'Anna Berger', isAdmin: false };
const session = (accessToken: string): LoginResponse => ({ accessToken, expiresIn: 900, user: anna });
const unauthorized = { status: 401, statusText: 'Unauthorized' };
const unauthorizedBody = { statusCode: 401, code: 'unauthenticated', message: 'Bitte melden Sie sich an.' };

describe('AuthStore and authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let store: AuthStore;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [AuthStore, provideRouter([]), provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(AuthStore);
    router = TestBed.inject(Router);
    jest.spyOn(router, 'navigate').mockResolvedValue(true);
  });

  afterEach(() => backend.verify());

  async function signIn(token = 'token-1') {
    const login = store.login({ email: anna.email, password: 'Demo-Passwort-2027!' });
    const req = backend.expectOne('/api/auth/login');
    expect(req.request.withCredentials).toBe(true);
    expect(req.request.headers.has('Authorization')).toBe(false);
    req.flush(session(token));
    await login;
  }

  it('keeps user and access token in memory after login, nothing in storage', async () => {
    await signIn();
    expect(store.isAuthenticated()).toBe(true);
    expect(store.user()?.displayName).toBe('Anna Berger');
    expect(store.accessToken()).toBe('token-1');
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });

  it('adds the bearer token to API requests only', async () => {
    await signIn();
    http.get('/api/me').subscribe();
    expect(backend.expectOne('/api/me').request.headers.get('Authorization')).toBe('Bearer token-1');

    http.get('/assets/logo.svg').subscribe();
    expect(backend.expectOne('/assets/logo.svg').request.headers.has('Authorization')).toBe(false);
  });

  it('on 401 refreshes once and retries the request with the new token', async () => {
    await signIn();
    const result = firstValueFrom(http.get<{ ok: boolean }>('/api/programs'));

    backend.expectOne('/api/programs').flush(unauthorizedBody, unauthorized);
    await Promise.resolve();
    const refresh = backend.expectOne('/api/auth/refresh');
    expect(refresh.request.method).toBe('POST');
    expect(refresh.request.withCredentials).toBe(true);
    refresh.flush(session('token-2'));
    await new Promise((resolve) => setTimeout(resolve));

    const retry = backend.expectOne('/api/programs');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer token-2');
    retry.flush({ ok: true });
    await expect(result).resolves.toEqual({ ok: true });
    expect(store.accessToken()).toBe('token-2');
  });

  it('shares one refresh between concurrent 401s (the refresh cookie rotates)', async () => {
    await signIn();
    const first = firstValueFrom(http.get('/api/a'));
    const second = firstValueFrom(http.get('/api/b'));
    backend.expectOne('/api/a').flush(unauthorizedBody, unauthorized);
    backend.expectOne('/api/b').flush(unauthorizedBody, unauthorized);
    await Promise.resolve();
    backend.expectOne('/api/auth/refresh').flush(session('token-2'));
    await new Promise((resolve) => setTimeout(resolve));
    backend.expectOne('/api/a').flush({});
    backend.expectOne('/api/b').flush({});
    await Promise.all([first, second]);
  });

  it('when the refresh fails too, signs out and sends the person to the login page', async () => {
    await signIn();
    await router.navigateByUrl('/');
    const result = firstValueFrom(http.get('/api/programs'));
    backend.expectOne('/api/programs').flush(unauthorizedBody, unauthorized);
    await Promise.resolve();
    backend.expectOne('/api/auth/refresh').flush(unauthorizedBody, unauthorized);

    await expect(result).rejects.toMatchObject({ status: 401 });
    expect(store.isAuthenticated()).toBe(false);
    expect(router.navigate).toHaveBeenCalledWith(
      ['/anmelden'],
      expect.objectContaining({ queryParams: expect.objectContaining({ sitzungAbgelaufen: '1' }) }),
    );
    backend.expectNone('/api/programs');
  });

  it('does not retry other errors', async () => {
    await signIn();
    const result = firstValueFrom(http.get('/api/programs/x'));
    backend
      .expectOne('/api/programs/x')
      .flush({ statusCode: 404, code: 'not_found', message: 'Nicht gefunden' }, { status: 404, statusText: 'Not Found' });
    await expect(result).rejects.toMatchObject({ status: 404 });
    backend.expectNone('/api/auth/refresh');
  });

  it('restores a session from the refresh cookie at start, and stays signed out without one', async () => {
    const restored = store.restoreSession();
    backend.expectOne('/api/auth/refresh').flush(session('token-r'));
    await restored;
    expect(store.user()?.email).toBe(anna.email);

    store.clear();
    const failed = store.restoreSession();
    backend.expectOne('/api/auth/refresh').flush(unauthorizedBody, unauthorized);
    await failed;
    expect(store.isAuthenticated()).toBe(false);
  });

  it('logout ends the server session and clears the state even if the server fails', async () => {
    await signIn();
    const done = store.logout();
    backend.expectOne('/api/auth/logout').flush(null, { status: 500, statusText: 'Error' });
    await done;
    expect(store.isAuthenticated()).toBe(false);
    expect(store.accessToken()).toBeNull();
  });
});
