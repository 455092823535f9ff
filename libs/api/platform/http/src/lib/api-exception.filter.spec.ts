import { BadRequestException, ConflictException, HttpException, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import * as z from 'zod';
import { setLocaleSource } from '@ecampus/shared/contracts';
import { toApiError } from './api-exception.filter';
import { validationException } from './zod-validation';

describe('toApiError', () => {
  it('keeps our own code and message', () => {
    const e = new ConflictException({ code: 'email_taken', message: 'Schon vergeben.' });
    expect(toApiError(e)).toEqual({ unexpected: false, body: { statusCode: 409, code: 'email_taken', message: 'Schon vergeben.' } });
  });

  it('replaces Nest’s English default texts with German ones', () => {
    expect(toApiError(new NotFoundException('Cannot GET /api/x')).body).toEqual({
      statusCode: 404,
      code: 'not_found',
      message: 'Nicht gefunden.',
    });
  });

  it('answers its defaults in the locale of the request', () => {
    setLocaleSource(() => 'en');
    try {
      expect(toApiError(new NotFoundException('Cannot GET /api/x')).body.message).toBe('Not found.');
      expect(toApiError(new TypeError('x')).body.message).toBe('An unexpected error occurred. Please try again later.');
      const parse = new BadRequestException('Unexpected token } in JSON at position 3');
      expect(toApiError(parse).body.message).toBe('The body of the request is not valid JSON.');
    } finally {
      setLocaleSource(() => 'de');
    }
  });

  it("maps Fastify's body refusals (as Nest hands them on): too large → 413, malformed or empty JSON → 400, a foreign type → 415", () => {
    // RoutesResolver.mapExternalException: every FastifyError becomes HttpException(message, statusCode).
    const refusal = (message: string, status: number) => new HttpException(message, status);
    expect(toApiError(refusal('Request body is too large', 413)).body).toMatchObject({ statusCode: 413, code: 'payload_too_large' });
    const malformed = { statusCode: 400, code: 'malformed_body', message: 'Der Inhalt der Anfrage ist kein gültiges JSON.' };
    expect(toApiError(refusal("Body is not valid JSON but content-type is set to 'application/json'", 400)).body).toEqual(malformed);
    expect(toApiError(refusal("Body cannot be empty when content-type is set to 'application/json'", 400)).body).toEqual(malformed);
    expect(toApiError(new BadRequestException('Unexpected token } in JSON at position 3')).body).toEqual(malformed);
    expect(toApiError(refusal('Unsupported Media Type: text/xml', 415)).body).toMatchObject({
      statusCode: 415,
      code: 'unsupported_media_type',
    });
  });

  it('maps exposed http-errors (a path serve-static refuses) to their 4xx', () => {
    const badPath = Object.assign(new Error('Bad Request'), { status: 400, statusCode: 400, expose: true });
    expect(toApiError(badPath)).toEqual({
      unexpected: false,
      body: { statusCode: 400, code: 'bad_request', message: 'Die Anfrage ist ungültig.' },
    });
    const notExposed = Object.assign(new Error('db down'), { status: 503, expose: false });
    expect(toApiError(notExposed).body.statusCode).toBe(500);
  });

  it('keeps extra fields such as health details', () => {
    const e = new ServiceUnavailableException({ status: 'error', info: {}, error: { redis: { status: 'down' } }, details: {} });
    expect(toApiError(e).body).toMatchObject({ statusCode: 503, code: 'service_unavailable', status: 'error', details: {} });
  });

  it('answers unknown errors as 500 internal_error and flags them for the log', () => {
    expect(toApiError(new TypeError('x is undefined'))).toEqual({
      unexpected: true,
      body: { statusCode: 500, code: 'internal_error', message: expect.any(String) },
    });
    expect(toApiError(new HttpException('boom', 500)).unexpected).toBe(true);
  });
});

describe('validationException', () => {
  it('uses the first issue as message and lists every field once', () => {
    const r = z
      .object({ email: z.string().email('E-Mail falsch'), name: z.string().min(1, 'Name fehlt'), tags: z.array(z.string()) })
      .safeParse({ email: 'x', name: '', tags: [1] });
    const e = validationException(r.error);
    expect(e.getStatus()).toBe(400);
    expect(e.getResponse()).toEqual({
      code: 'validation_failed',
      message: 'E-Mail falsch',
      fields: { email: 'E-Mail falsch', name: 'Name fehlt', 'tags.0': expect.any(String) },
    });
  });
});
