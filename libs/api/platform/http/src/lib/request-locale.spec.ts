import * as z from 'zod';
import { currentLocale, setLocaleSource, t } from '@ecampus/shared/contracts';
import { installRequestLocale, requestLocale, runWithLocale } from './request-locale';

function fakeResponse() {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string) => void (headers[name] = value),
    appendHeader: (name: string, value: string) => void (headers[name] = headers[name] ? `${headers[name]}, ${value}` : value),
  };
  return { res, headers };
}

describe('request locale', () => {
  beforeAll(() => installRequestLocale());
  afterAll(() => {
    setLocaleSource(() => 'de');
    z.config({ localeError: z.locales.en().localeError });
  });

  it('serves each request in its Accept-Language and says so in Content-Language', () => {
    const { res, headers } = fakeResponse();
    let seen = '';
    requestLocale({ headers: { 'accept-language': 'en-US,en;q=0.9' } }, res, () => {
      seen = t('Hallo', 'Hello');
    });
    expect(seen).toBe('Hello');
    expect(headers).toEqual({ 'Content-Language': 'en', Vary: 'Accept-Language' });
  });

  it('is German outside of a request and without a header', () => {
    expect(currentLocale()).toBe('de');
    const { res, headers } = fakeResponse();
    requestLocale({ headers: {} }, res, () => expect(currentLocale()).toBe('de'));
    expect(headers['Content-Language']).toBe('de');
  });

  it('makes zod’s own texts follow the locale too', () => {
    const message = () => z.string().safeParse(1).error?.issues[0]?.message;
    expect(runWithLocale('en', message)).toMatch(/expected string/i);
    expect(runWithLocale('de', message)).toMatch(/Ungültige Eingabe/);
  });
});
