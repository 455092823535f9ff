import { HttpClient, HttpContext, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter } from '@angular/router';
import { AuthStore, authInterceptor } from '@ecampus/web/identity/data-access';
import { SKIP_GLOBAL_ERROR, acceptLanguageInterceptor, globalHttpErrorInterceptor } from '@ecampus/web/shared/data-access';
import { I18nService } from '@ecampus/web/shared/util-i18n';
import { App } from './app';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';

describe('App: global HTTP error display', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let open: jest.SpyInstance;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideTestI18n(),
        AuthStore,
        provideRouter([{ path: 'anmelden', children: [] }]),
        provideHttpClient(withInterceptors([globalHttpErrorInterceptor, acceptLanguageInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    open = jest.spyOn(TestBed.inject(MatSnackBar), 'open').mockReturnValue(undefined as never);
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  const settle = () => new Promise((resolve) => setTimeout(resolve));

  it("shows the server's message from {statusCode, code, message}", async () => {
    http.post('/api/users', {}).subscribe({ error: () => undefined });
    backend
      .expectOne('/api/users')
      .flush({ statusCode: 409, code: 'email_taken', message: 'Diese E-Mail-Adresse ist schon vergeben.' }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(open).toHaveBeenCalledWith('Diese E-Mail-Adresse ist schon vergeben.', 'Schließen', expect.anything());
  });

  it('falls back to a translated message when the server is unreachable', async () => {
    TestBed.inject(I18nService).setLanguage('en');
    http.get('/api/programs/x').subscribe({ error: () => undefined });
    backend.expectOne('/api/programs/x').error(new ProgressEvent('error'), { status: 0 });
    await settle();
    expect(open).toHaveBeenCalledWith(expect.stringContaining('server cannot be reached'), 'Close', expect.anything());
  });

  it('sends the chosen language to the API', () => {
    TestBed.inject(I18nService).setLanguage('en');
    http.get('/api/me').subscribe({ error: () => undefined });
    const req = backend.expectOne('/api/me');
    expect(req.request.headers.get('Accept-Language')).toBe('en');
    req.flush({});
  });

  it('stays quiet for requests whose page shows the error itself, and for 401', async () => {
    http.get('/api/programs', { context: new HttpContext().set(SKIP_GLOBAL_ERROR, true) }).subscribe({ error: () => undefined });
    backend.expectOne('/api/programs').flush({ statusCode: 404, code: 'not_found', message: 'x' }, { status: 404, statusText: 'Not Found' });

    http.get('/api/me').subscribe({ error: () => undefined });
    backend.expectOne('/api/me').flush({ statusCode: 401, code: 'unauthenticated', message: 'x' }, { status: 401, statusText: 'Unauthorized' });
    await Promise.resolve();
    backend.expectOne('/api/auth/refresh').flush({ statusCode: 401, code: 'unauthenticated', message: 'x' }, { status: 401, statusText: 'Unauthorized' });
    await settle();

    expect(open).not.toHaveBeenCalled();
  });
});
