import { socketLocale } from './socket-locale';

describe('socketLocale', () => {
  it('takes auth.locale when it is one of ours, else Accept-Language, else German', () => {
    expect(socketLocale({ auth: { locale: 'en' }, headers: { 'accept-language': 'de' } })).toBe('en');
    expect(socketLocale({ auth: { locale: 'fr' }, headers: { 'accept-language': 'en-US' } })).toBe('en');
    expect(socketLocale({ auth: undefined, headers: { 'accept-language': 'en;q=0.5, de' } })).toBe('de');
    expect(socketLocale({ auth: { token: 'x' }, headers: {} })).toBe('de');
  });
});
