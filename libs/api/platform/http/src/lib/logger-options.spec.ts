import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import { pino } from 'pino';
import { LOG_BUFFER_BYTES, LOG_FLUSH_MS, LogFlush, logDestination, logRequest, logResponse, REDACTED, redactUrl } from './logger-options';

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

describe('the log destination', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'ecampus-log-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gathers lines into larger writes and still writes a lone line within the flush interval', async () => {
    const file = join(dir, 'api.log');
    const dest = logDestination(file);
    const log = pino(dest);
    await new Promise((resolve) => dest.once('ready', resolve));
    log.info({ n: 1 }, 'eine Zeile');
    expect(readFileSync(file, 'utf8')).toBe('');
    await new Promise((resolve) => setTimeout(resolve, LOG_FLUSH_MS * 3));
    expect(readFileSync(file, 'utf8')).toContain('"msg":"eine Zeile"');

    const line = 'x'.repeat(200);
    const lines = Math.ceil((LOG_BUFFER_BYTES * 3) / line.length);
    for (let i = 0; i < lines; i++) log.info(line);
    // Past the buffer size the lines go out without waiting for the interval.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readFileSync(file, 'utf8').split('\n').length).toBeGreaterThan(lines / 2);
    dest.end();
  });

  it('writes what is buffered when Nest shuts the app down (SIGTERM ends the process without an exit event)', async () => {
    const file = join(dir, 'api.log');
    const dest = logDestination(file);
    await new Promise((resolve) => dest.once('ready', resolve));
    const app = await Test.createTestingModule({ providers: [{ provide: LogFlush, useValue: new LogFlush(dest) }] }).compile();
    pino(dest).info('letzte Zeile');
    expect(readFileSync(file, 'utf8')).toBe('');
    await app.close();
    expect(readFileSync(file, 'utf8')).toContain('"msg":"letzte Zeile"');
    dest.end();
  });
});
