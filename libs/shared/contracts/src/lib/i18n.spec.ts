import * as z from 'zod';
import { msg, negotiateLocale, setLocaleSource, t, type Locale } from './i18n';

describe('negotiateLocale', () => {
  it.each([
    [undefined, 'de'],
    ['', 'de'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['fr-FR, en;q=0.5, de;q=0.8', 'de'],
    ['fr, es', 'de'],
    ['de;q=0, en;q=0.1', 'en'],
    ['EN-us', 'en'],
    ['en;q=abc', 'de'],
  ])('%p → %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe('t and msg', () => {
  let locale: Locale = 'de';
  beforeAll(() => setLocaleSource(() => locale));
  afterAll(() => setLocaleSource(() => 'de'));

  it('choose the current locale when the message is raised', () => {
    const schema = z.string().max(3, msg('Zu lang', 'Too long'));
    locale = 'de';
    expect(t('Hallo', 'Hello')).toBe('Hallo');
    expect(schema.safeParse('abcd').error?.issues[0]?.message).toBe('Zu lang');
    locale = 'en';
    expect(t('Hallo', 'Hello')).toBe('Hello');
    expect(schema.safeParse('abcd').error?.issues[0]?.message).toBe('Too long');
  });
});
