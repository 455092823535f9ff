import { REDACTED, redactUrl } from './logger-options';

describe('redactUrl', () => {
  it('hides the values of one-time tokens in query strings and keeps the rest', () => {
    expect(redactUrl('/passwort-setzen?token=abc_DEF-123')).toBe(`/passwort-setzen?token=${REDACTED}`);
    expect(redactUrl('/x?page=2&Token=abc&q=ida')).toBe(`/x?page=2&Token=${REDACTED}&q=ida`);
    expect(redactUrl('/api/users?q=token&page=1')).toBe('/api/users?q=token&page=1');
    expect(redactUrl('/plain')).toBe('/plain');
    expect(redactUrl('/x?%74oken=abc')).toBe(`/x?%74oken=${REDACTED}`);
  });
});
