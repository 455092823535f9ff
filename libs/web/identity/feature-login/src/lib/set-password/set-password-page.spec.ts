import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, Router, convertToParamMap, provideRouter } from '@angular/router';
import { PasswordSchema } from '@ecampus/shared/contracts';
import { AuthStore } from '@ecampus/web/identity/data-access';
import { PASSWORD_LIMITS, SetPasswordPage } from './set-password-page';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { IDENTITY_I18N } from '@ecampus/web/identity/ui';

const user = { id: '3f1f8a52-7c1e-4a57-9a0e-2c5d9b0c1a11', email: 'neu@ecampus.example', displayName: 'Nora Neu', isAdmin: false };

describe('SetPasswordPage', () => {
  let backend: HttpTestingController;

  async function render(params: Record<string, string>) {
    const queryParamMap = convertToParamMap(params);
    TestBed.configureTestingModule({
      providers: [
        provideTestI18n(IDENTITY_I18N),
        AuthStore,
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: ActivatedRoute, useValue: { snapshot: { queryParamMap } } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const fixture = TestBed.createComponent(SetPasswordPage);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const $ = (id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    const type = (id: string, value: string) => {
      const input = $(id) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('blur'));
    };
    const submit = async () => {
      $('set-password-form')?.dispatchEvent(new Event('submit'));
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    return { el, $, type, submit };
  }

  afterEach(() => backend?.verify());

  it('uses the same password limits as the API contract', () => {
    expect(PASSWORD_LIMITS.min).toBe(PasswordSchema.minLength);
    expect(PASSWORD_LIMITS.max).toBe(PasswordSchema.maxLength);
  });

  it('explains an incomplete link instead of showing a form', async () => {
    const { $ } = await render({});
    expect($('set-password-token-missing')).not.toBeNull();
    expect($('set-password-form')).toBeNull();
  });

  it('refuses short and differing passwords before asking the server', async () => {
    const { el, $, type, submit } = await render({ token: 'abc' });
    type('set-password-password', 'kurz');
    type('set-password-repeat', 'anders');
    await submit();
    expect(el.textContent).toContain('mindestens 10 Zeichen');
    expect($('set-password-mismatch')?.textContent).toContain('stimmen nicht überein');
    backend.expectNone('/api/auth/set-password');
  });

  it('sets the password with the token and signs the person in', async () => {
    const { type, submit } = await render({ token: 'einladung-123' });
    type('set-password-password', 'Sicheres-Passwort-1');
    type('set-password-repeat', 'Sicheres-Passwort-1');
    await submit();
    const req = backend.expectOne('/api/auth/set-password');
    expect(req.request.body).toEqual({ token: 'einladung-123', password: 'Sicheres-Passwort-1' });
    req.flush({ accessToken: 't', expiresIn: 900, user });
    await new Promise((resolve) => setTimeout(resolve));
    expect(TestBed.inject(AuthStore).user()?.displayName).toBe('Nora Neu');
    expect(TestBed.inject(Router).navigateByUrl).toHaveBeenCalledWith('/');
  });

  it("shows the server's message for a used or expired link", async () => {
    const { $, type, submit } = await render({ token: 'alt' });
    type('set-password-password', 'Sicheres-Passwort-1');
    type('set-password-repeat', 'Sicheres-Passwort-1');
    await submit();
    backend
      .expectOne('/api/auth/set-password')
      .flush(
        { statusCode: 410, code: 'token_invalid', message: 'Dieser Link ist nicht mehr gültig.' },
        { status: 410, statusText: 'Gone' },
      );
    await submit();
    expect($('set-password-error')?.textContent).toContain('nicht mehr gültig');
  });
});
