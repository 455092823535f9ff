import { readdir } from 'node:fs/promises';
import { AccountsService } from '@ecampus/api/identity/accounts';
import { MailJobsModule } from '@ecampus/api/platform/mail';
import { createTestApi, createTestWorker, eventually, signAccessToken, type TestApi, type TestWorker } from '@ecampus/api/platform/testing';
import { API_FEATURES } from './api-features';

interface OutboxRow {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  kind: string;
  status: string;
}

/**
 * A new person's way in, across domains: a program invites her (programs), the worker sends the
 * mail, she sets her password through the link and logs in (identity), and sees the program.
 * The programs-only cases are beside the domain (libs/api/programs/feature/src/invitations.integration-spec.ts).
 */
describe('invitations: account + outbox mail through queue and worker + one-time set-password link', () => {
  let t: TestApi;
  let worker: TestWorker;
  let coordinator: { auth: string };
  let programId: string;

  const outbox = (to: string): Promise<OutboxRow[]> =>
    t.db.dataSource.query(`SELECT id, "to", subject, text, html, kind, status FROM mail_outbox WHERE "to" = $1`, [to]);

  beforeAll(async () => {
    t = await createTestApi({ features: API_FEATURES });
    // The invitation mail must really go through the queue and the worker.
    // NODE_ENV=development: the log transport writes the .eml file asserted below only there.
    worker = await createTestWorker({ jobs: [MailJobsModule], services: t.services, env: { NODE_ENV: 'development' } });
    const accounts = t.app.get(AccountsService);
    const password = 'Test-Passwort-123!';
    const admin = await accounts.createUser({ email: 'ada.admin@test.example', displayName: 'Ada Admin', password, isAdmin: true });
    const clara = await accounts.createUser({ email: 'clara.koordination@test.example', displayName: 'Clara Koordination', password });
    const adminAuth = (await signAccessToken(t.app, admin)).auth;
    coordinator = await signAccessToken(t.app, clara);
    const program = await t
      .http()
      .post('/api/programs')
      .set('Authorization', adminAuth)
      .send({
        title: 'Politikerinnen ins Netz 2027',
        mode: 'reverse',
        startsOn: '2027-03-01',
        endsOn: '2027-12-15',
        applicationDeadline: '2027-01-31',
      })
      .expect(201);
    programId = program.body.id;
    await t
      .http()
      .post(`/api/programs/${programId}/members`)
      .set('Authorization', adminAuth)
      .send({ userId: clara.id, role: 'coordinator' })
      .expect(201);
  });

  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  it('invites a new person: 201, membership, outbox row with the rendered mail, sent by the worker; the link works once', async () => {
    const email = 'neue.mentee@example.org';
    const res = await t
      .http()
      .post(`/api/programs/${programId}/invitations`)
      .set('Authorization', coordinator.auth)
      .send({ email, displayName: 'Jördis Neumann', role: 'mentee' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ created: true, member: { email, displayName: 'Jördis Neumann', roles: ['mentee'] } });

    const [row] = await outbox(email);
    expect(row).toMatchObject({ kind: 'invitation', subject: 'Einladung zum Programm „Politikerinnen ins Netz 2027“' });
    expect(row.text).toContain('Hallo Jördis Neumann');
    expect(row.text).toContain('Clara Koordination hat Sie zum Programm „Politikerinnen ins Netz 2027“');
    const link = /http:\/\/localhost:3000\/passwort-setzen\?token=(\S+)/.exec(row.text);
    if (!link) throw new Error(`kein Link in der Mail: ${row.text}`);
    const token = decodeURIComponent(link[1]);

    // The worker picks the job up and marks the row sent (log transport writes a file to MAIL_DIR).
    await eventually(async () => (await outbox(email))[0]?.status === 'sent', 'Einladung versandt');
    const files = await readdir(t.config.MAIL_DIR);
    expect(files.some((f) => f.endsWith(`-${row.id}.eml`))).toBe(true);

    const set = await t.http().post('/api/auth/set-password').send({ token, password: 'Mein-neues-Passwort-1' });
    expect(set.status).toBe(200);
    expect(set.body.user).toMatchObject({ email, displayName: 'Jördis Neumann' });
    const again = await t.http().post('/api/auth/set-password').send({ token, password: 'Noch-ein-Passwort-2' });
    expect(again.status).toBe(400);

    const login = await t.http().post('/api/auth/login').send({ email, password: 'Mein-neues-Passwort-1' });
    expect(login.status).toBe(200);
    const programs = await t.http().get('/api/programs').set('Authorization', `Bearer ${login.body.accessToken}`);
    expect(programs.body).toEqual({ items: [expect.objectContaining({ id: programId, myRoles: ['mentee'] })], total: 1 });
  });
});
