import type { IncomingMessage, ServerResponse } from 'node:http';
import { logRequest, logResponse, REDACTED, redactUrl } from './logger-options';

describe('redactUrl', () => {
  it('hides the values of one-time tokens in query strings and keeps the rest', () => {
    expect(redactUrl('/passwort-setzen?token=abc_DEF-123')).toBe(`/passwort-setzen?token=${REDACTED}`);
    expect(redactUrl('/x?page=2&Token=abc&q=ida')).toBe(`/x?page=2&Token=${REDACTED}&q=ida`);
    expect(redactUrl('/api/users?q=token&page=1')).toBe('/api/users?q=token&page=1');
    expect(redactUrl('/plain')).toBe('/plain');
    expect(redactUrl('/x?%74oken=abc')).toBe(`/x?%74oken=${REDACTED}`);
  });
});

describe('request log lines', () => {
  it('name the request by id, method and URL (tokens hidden), without its headers', () => {
    const req = {
      id: 'r-1',
      method: 'GET',
      url: '/tandems',
      originalUrl: '/passwort-setzen?token=abc',
      headers: { authorization: 'Bearer secret', cookie: 'ecampus_refresh=secret' },
    } as unknown as IncomingMessage;
    expect(logRequest(req)).toEqual({ id: 'r-1', method: 'GET', url: `/passwort-setzen?token=${REDACTED}` });
    expect(JSON.stringify(logRequest(req))).not.toContain('secret');
  });

  it('give the response its status only (no Set-Cookie)', () => {
    const res = { statusCode: 201, getHeaders: () => ({ 'set-cookie': 'secret' }) } as unknown as ServerResponse;
    expect(logResponse(res)).toEqual({ statusCode: 201 });
  });
});
