import { allowedOrigins, isOriginAllowed } from './origins';

describe('socket Origin check', () => {
  const allowed = allowedOrigins({ PUBLIC_URL: 'https://campus.example.org/app', CORS_ORIGINS: ' https://partner.example.org/ ,kaputt,' });

  it('allows PUBLIC_URL and CORS_ORIGINS (as origins, paths ignored)', () => {
    expect([...allowed]).toEqual(['https://campus.example.org', 'https://partner.example.org']);
    expect(isOriginAllowed('https://campus.example.org', allowed)).toBe(true);
    expect(isOriginAllowed('https://partner.example.org', allowed)).toBe(true);
  });

  it('refuses other origins, including other ports and schemes', () => {
    expect(isOriginAllowed('https://evil.example.com', allowed)).toBe(false);
    expect(isOriginAllowed('http://campus.example.org', allowed)).toBe(false);
    expect(isOriginAllowed('https://campus.example.org:8443', allowed)).toBe(false);
    expect(isOriginAllowed('null', allowed)).toBe(false);
  });

  it('lets non-browser clients without Origin through (they still need a token)', () => {
    expect(isOriginAllowed(undefined, allowed)).toBe(true);
  });
});
