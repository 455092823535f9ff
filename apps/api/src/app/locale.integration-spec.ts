import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { io } from 'socket.io-client';
import { createTestApi, signAccessToken, type TestApi } from '@ecampus/api/platform/testing';
import { API_FEATURES } from './api-features';

/** The API answers in the caller's language (Accept-Language), German by default. */
describe('API messages in the language of the request', () => {
  let api: TestApi;
  let auth: string;
  const http = () => api.http();

  beforeAll(async () => {
    api = await createTestApi({ features: API_FEATURES });
    // A signed-in person who belongs to no program: every program is unknown to her.
    auth = (await signAccessToken(api.app, { id: randomUUID(), email: 'somebody@example.org', isAdmin: false })).auth;
  });

  afterAll(() => api?.close());

  const messages = {
    de: {
      email: 'Bitte eine gültige E-Mail-Adresse angeben',
      zodOwn: /Ungültige Eingabe/,
      signIn: 'Bitte melden Sie sich an.',
      notFound: 'Nicht gefunden.',
      program: 'Dieses Programm gibt es nicht, oder Sie haben keinen Zugriff darauf.',
    },
    en: {
      email: 'Please enter a valid e-mail address',
      zodOwn: /expected string/,
      signIn: 'Please sign in.',
      notFound: 'Not found.',
      program: 'This program does not exist, or you have no access to it.',
    },
  } as const;

  describe.each([
    ['no header', undefined, 'de'],
    ['de', 'de-DE,de;q=0.9', 'de'],
    ['fr (not ours)', 'fr', 'de'],
    ['en', 'en-GB,en;q=0.8', 'en'],
  ] as const)('Accept-Language: %s', (_name, header, locale) => {
    const expected = messages[locale];
    const withLanguage = <T extends { set(name: string, value: string): T }>(req: T): T =>
      header ? req.set('Accept-Language', header) : req;

    it('validation errors (400) name the field in that language, zod’s own texts too', async () => {
      const res = await withLanguage(http().post('/api/auth/login')).send({ email: 'no-address', password: 'x' }).expect(400);
      expect(res.headers['content-language']).toBe(locale);
      expect(res.body).toEqual({ statusCode: 400, code: 'validation_failed', message: expected.email, fields: { email: expected.email } });
      const own = await withLanguage(http().post('/api/auth/login')).send({ email: 42, password: 'x' }).expect(400);
      expect(own.body.fields.email).toMatch(expected.zodOwn);
    });

    it('401 without a token', async () => {
      const res = await withLanguage(http().get('/api/me')).expect(401);
      expect(res.headers['content-language']).toBe(locale);
      expect(res.body).toEqual({ statusCode: 401, code: 'unauthenticated', message: expected.signIn });
    });

    it('404 for an unknown route', async () => {
      const res = await withLanguage(http().get('/api/no-such-route')).set('Authorization', auth).expect(404);
      expect(res.body).toEqual({ statusCode: 404, code: 'not_found', message: expected.notFound });
    });

    it('404 of the programs domain for a program the caller cannot see', async () => {
      const res = await withLanguage(http().get(`/api/programs/${randomUUID()}`))
        .set('Authorization', auth)
        .expect(404);
      expect(res.headers['content-language']).toBe(locale);
      expect(res.body).toEqual({ statusCode: 404, code: 'not_found', message: expected.program });
    });
  });

  it('refuses a socket without a token in the language of its handshake', async () => {
    await api.app.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}/live`;
    const refusal = (headers: Record<string, string>) =>
      new Promise<string>((resolve) => {
        const socket = io(url, { transports: ['websocket'], reconnection: false, forceNew: true, auth: {}, extraHeaders: headers });
        socket.once('connect', () => resolve('connected'));
        socket.once('connect_error', (err) => resolve(err.message));
        socket.once('connect_error', () => socket.disconnect());
      });
    expect(await refusal({ 'Accept-Language': 'en' })).toBe(messages.en.signIn);
    expect(await refusal({})).toBe(messages.de.signIn);
  });
});
