import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, Router, convertToParamMap, provideRouter } from '@angular/router';
import { AuthStore, authInterceptor } from '@ecampus/web/identity/data-access';
import { I18nService } from '@ecampus/web/shared/util-i18n';
import { BehaviorSubject } from 'rxjs';
import { LoginPage } from './login-page';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { IDENTITY_I18N } from '@ecampus/web/identity/ui';

const user = {
  id: '3f1f8a52-7c1e-4a57-9a0e-2c5d9b0c1a11',
  email: 'koordination@ecampus.example',
  displayName: 'Katrin Koordination',
  isAdmin: false,
};

describe('LoginPage', () => {
  let backend: HttpTestingController;
  let router: Router;
  let query: BehaviorSubject<ReturnType<typeof convertToParamMap>>;

  async function render(params: Record<string, string> = {}) {
    query = new BehaviorSubject(convertToParamMap(params));
    TestBed.configureTestingModule({
      providers: [
        provideTestI18n(IDENTITY_I18N),
        AuthStore,
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        { provide: ActivatedRoute, useValue: { queryParamMap: query, snapshot: { queryParamMap: query.value } } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    const fixture = TestBed.createComponent(LoginPage);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const $ = (id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    const type = (id: string, value: string) => {
      const input = $(id) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    /** Lets the awaited login promise chain finish, then renders. */
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    const submit = async () => {
      $('login-form')?.dispatchEvent(new Event('submit'));
      await fixture.whenStable();
    };
    return { fixture, el, $, type, submit, settle };
  }

  beforeEach(() => localStorage.clear());
  afterEach(() => backend.verify());

  it('shows German validation messages and sends nothing when the form is empty', async () => {
    const { $, submit } = await render();
    await submit();
    expect($('login-email-error')?.textContent).toContain('Bitte geben Sie Ihre E-Mail-Adresse ein.');
    expect($('login-password-error')?.textContent).toContain('Bitte geben Sie Ihr Passwort ein.');
    backend.expectNone('/api/auth/login');
  });

  it('complains about a malformed e-mail address', async () => {
    const { $, type, submit } = await render();
    type('login-email', 'koordination');
    type('login-password', 'x');
    await submit();
    expect($('login-email-error')?.textContent).toContain('gültige E-Mail-Adresse');
  });

  it('shows and hides the password', async () => {
    const { $, fixture } = await render();
    const input = $('login-password') as HTMLInputElement;
    const toggle = $('login-toggle-password') as HTMLButtonElement;
    expect(input.type).toBe('password');
    expect(toggle.getAttribute('aria-label')).toBe('Passwort anzeigen');
    toggle.click();
    await fixture.whenStable();
    expect(input.type).toBe('text');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(toggle.getAttribute('aria-label')).toBe('Passwort verbergen');
  });

  it('shows a loading state, then the server message of a refused login in the form', async () => {
    const { $, type, submit, settle } = await render();
    type('login-email', user.email);
    type('login-password', 'falsch-falsch');
    await submit();

    const button = $('login-submit') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.textContent).toContain('Anmeldung läuft');

    const req = backend.expectOne('/api/auth/login');
    expect(req.request.body).toEqual({ email: user.email, password: 'falsch-falsch' });
    req.flush(
      { statusCode: 401, code: 'invalid_credentials', message: 'E-Mail-Adresse oder Passwort ist falsch.' },
      { status: 401, statusText: 'Unauthorized' },
    );
    await settle();

    expect($('login-error')?.textContent).toContain('E-Mail-Adresse oder Passwort ist falsch.');
    expect(button.disabled).toBe(false);
    expect(router.navigateByUrl).not.toHaveBeenCalled();
  });

  it('shows the rate-limit message (429) the same way', async () => {
    const { $, type, submit, settle } = await render();
    type('login-email', user.email);
    type('login-password', 'noch-einmal');
    await submit();
    backend
      .expectOne('/api/auth/login')
      .flush(
        { statusCode: 429, code: 'rate_limited', message: 'Zu viele Versuche. Bitte warten Sie eine Minute.' },
        { status: 429, statusText: 'Too Many Requests' },
      );
    await settle();
    expect($('login-error')?.textContent).toContain('Zu viele Versuche');
  });

  it('signs in and goes to the page the person came from', async () => {
    const { type, submit, settle } = await render({ returnUrl: '/programme/42' });
    type('login-email', user.email);
    type('login-password', 'Demo-Passwort-2027!');
    await submit();
    backend.expectOne('/api/auth/login').flush({ accessToken: 't', expiresIn: 900, user });
    await settle();
    expect(TestBed.inject(AuthStore).user()?.displayName).toBe(user.displayName);
    expect(router.navigateByUrl).toHaveBeenCalledWith('/programme/42');
  });

  it('never follows a return URL to another site', async () => {
    const { type, submit, settle } = await render({ returnUrl: '//evil.example' });
    type('login-email', user.email);
    type('login-password', 'Demo-Passwort-2027!');
    await submit();
    backend.expectOne('/api/auth/login').flush({ accessToken: 't', expiresIn: 900, user });
    await settle();
    expect(router.navigateByUrl).toHaveBeenCalledWith('/');
  });

  it('follows the language switch', async () => {
    const { $, fixture } = await render();
    expect($('login-submit')?.textContent?.trim()).toBe('Anmelden');
    TestBed.inject(I18nService).setLanguage('en');
    await fixture.whenStable();
    expect($('login-submit')?.textContent?.trim()).toBe('Sign in');
  });
});
