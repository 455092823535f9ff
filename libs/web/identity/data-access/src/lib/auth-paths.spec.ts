import { safeReturnUrl } from './auth-paths';

describe('safeReturnUrl', () => {
  it.each([
    ['/programme/1', '/programme/1'],
    [null, '/'],
    ['https://evil.example', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['/anmelden?x=1', '/'],
  ])('%s → %s', (input, expected) => expect(safeReturnUrl(input)).toBe(expected));
});
