import { existsSync, readdirSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { AccountsService } from '@ecampus/api/identity/accounts';
import { MAIL_TRANSPORT, MailJobsModule, REDACTED_SECRET, type MailMessage, type MailTransport } from '@ecampus/api/platform/mail';
import {
  createTestApi,
  createTestWorker,
  eventually,
  signAccessToken,
  tokenFromMail,
  type TestApi,
  type TestWorker,
} from '@ecampus/api/platform/testing';
import { API_FEATURES } from './api-features';

/**
 * A set-password link is a live credential: it reaches the person, and nothing else keeps it — not
 * the outbox row after delivery, not the log of a server (the worker runs as in production: the log
 * transport, NODE_ENV=production), not a file.
 */
describe('invitation links after sending: only in the delivered mail', () => {
  let t: TestApi;
  let worker: TestWorker;
  let adminAuth: string;
  const delivered: MailMessage[] = [];
  const logLines: string[] = [];

  beforeAll(async () => {
    t = await createTestApi({ features: API_FEATURES });
    worker = await createTestWorker({
      jobs: [MailJobsModule],
      services: t.services,
      env: { NODE_ENV: 'production', JWT_SECRET: 'a-production-like-secret-for-this-spec-0123456789' },
    });
    // What the transport is handed is the delivered mail; it still sends it (here: to the log).
    const transport = worker.app.get<MailTransport>(MAIL_TRANSPORT);
    const send = transport.send.bind(transport);
    jest.spyOn(transport, 'send').mockImplementation(async (m) => {
      delivered.push(m);
      return send(m);
    });
    // Every line any Nest logger of this process writes (the log transport's included).
    for (const level of ['log', 'warn', 'error', 'debug', 'verbose'] as const) {
      jest.spyOn(Logger.prototype, level).mockImplementation((...args: unknown[]) => void logLines.push(args.map(String).join(' ')));
    }
    const admin = await t.app
      .get(AccountsService)
      .createUser({ email: 'ada.admin@test.example', displayName: 'Ada Admin', password: 'Test-Passwort-123!', isAdmin: true });
    adminAuth = (await signAccessToken(t.app, admin)).auth;
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await worker?.close();
    await t?.close();
  });

  it('delivers the link once; afterwards neither the outbox, nor a log line, nor a file holds the token', async () => {
    const email = 'eingeladen.geheim@example.org';
    await t.http().post('/api/users').set('Authorization', adminAuth).send({ email, displayName: 'Erika Eingeladen' }).expect(201);

    const mail = await eventually(async () => delivered.find((m) => m.to === email), 'Einladung zugestellt');
    expect(mail.text).toMatch(/\/passwort-setzen\?token=[A-Za-z0-9_-]+/);
    const token = tokenFromMail(mail.text);
    expect(mail.html).toContain(token);

    await eventually(
      async () => (await t.db.dataSource.query(`SELECT status FROM mail_outbox WHERE "to" = $1`, [email]))[0]?.status === 'sent',
      'Zeile als versandt markiert',
    );
    const rows: { row: string; secret: string | null; text: string }[] = await t.db.dataSource.query(
      `SELECT row_to_json(m)::text AS row, m.secret, m.text FROM mail_outbox m`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].row).not.toContain(token);
    expect(rows[0].secret).toBeNull();
    expect(rows[0].text).toContain(`Bitte legen Sie über diesen Link Ihr Passwort fest:\n${REDACTED_SECRET}`);

    expect(logLines.join('\n')).toContain(`Mail an ${email}`);
    expect(logLines.join('\n')).not.toContain(token);
    const dir = worker.config.MAIL_DIR;
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);

    // The link of the delivered mail works, once.
    const set = await t.http().post('/api/auth/set-password').send({ token, password: 'Mein-neues-Passwort-1' });
    expect(set.status).toBe(200);
    expect(set.body.user).toMatchObject({ email });
    const again = await t.http().post('/api/auth/set-password').send({ token, password: 'Noch-ein-Passwort-2' });
    expect(again.status).toBe(400);
  });
});
