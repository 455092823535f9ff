import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { I18nService } from '@ecampus/web/shared/util-i18n';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { readApiError } from './api-error';
import { HttpErrorNotifier } from './http-error-notifier';

const conflict = new HttpErrorResponse({
  status: 409,
  error: { statusCode: 409, code: 'email_taken', message: 'Diese E-Mail-Adresse ist schon vergeben.' },
});

describe('HttpErrorNotifier', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n()] });
  });

  it('reads the {statusCode, code, message} body and nothing else', () => {
    expect(readApiError(conflict)?.code).toBe('email_taken');
    expect(readApiError(new HttpErrorResponse({ status: 502, error: '<html>Bad Gateway</html>' }))).toBeNull();
    expect(readApiError(new Error('x'))).toBeNull();
  });

  it("prefers the server's message", () => {
    expect(TestBed.inject(HttpErrorNotifier).describe(conflict)).toEqual({
      status: 409,
      code: 'email_taken',
      message: 'Diese E-Mail-Adresse ist schon vergeben.',
    });
  });

  it('falls back to translated texts for network failures and foreign error pages', () => {
    const notifier = TestBed.inject(HttpErrorNotifier);
    expect(notifier.describe(new HttpErrorResponse({ status: 0 })).message).toContain('nicht erreichbar');
    TestBed.inject(I18nService).setLanguage('en');
    expect(notifier.describe(new HttpErrorResponse({ status: 502, error: 'Bad Gateway' })).message).toBe(
      'Something went wrong. Please try again later.',
    );
  });

  it('emits every failure, even the same twice', () => {
    const notifier = TestBed.inject(HttpErrorNotifier);
    const seen: string[] = [];
    notifier.notices$.subscribe((n) => seen.push(n.code ?? ''));
    notifier.notify(conflict);
    notifier.notify(conflict);
    expect(seen).toEqual(['email_taken', 'email_taken']);
  });
});
