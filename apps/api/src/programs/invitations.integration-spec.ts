import { readdir } from 'node:fs/promises';
import type { INestApplicationContext } from '@nestjs/common';
import { createProgramsTestApp, createWorkerContext, type ProgramsTestApp, type TestPerson } from '../testing/programs-test-app';

async function eventually<T>(probe: () => Promise<T | undefined | null | false>, what: string, timeoutMs = 15000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Zeitüberschreitung: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface OutboxRow {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  kind: string;
  status: string;
}

describe('invitations: account + outbox mail through queue and worker + one-time set-password link', () => {
  let t: ProgramsTestApp;
  let worker: INestApplicationContext;
  let admin: TestPerson;
  let coordinator: TestPerson;
  let programId: string;

  const outbox = (to: string): Promise<OutboxRow[]> =>
    t.db.dataSource.query(`SELECT id, "to", subject, text, html, kind, status FROM mail_outbox WHERE "to" = $1`, [to]);

  beforeAll(async () => {
    t = await createProgramsTestApp();
    // The invitation mail must really go through the queue and the worker.
    worker = await createWorkerContext(t.config);
    admin = await t.person('Ada Admin', { isAdmin: true });
    coordinator = await t.person('Clara Koordination');
    programId = await t.program(admin, 'Politikerinnen ins Netz 2027');
    await t.addRole(admin, programId, coordinator.id, 'coordinator');
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
    expect(programs.body).toEqual([expect.objectContaining({ id: programId, myRoles: ['mentee'] })]);
  });

  it('an existing account is just added (created: false, no mail); an existing role → 422', async () => {
    const existing = await t.person('Bettina Bestand');
    const res = await t
      .http()
      .post(`/api/programs/${programId}/invitations`)
      .set('Authorization', coordinator.auth)
      .send({ email: existing.email.toUpperCase(), displayName: 'Anderer Name', role: 'mentor' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ created: false, member: { userId: existing.id, displayName: 'Bettina Bestand', roles: ['mentor'] } });
    expect(await outbox(existing.email)).toHaveLength(0);

    const twice = await t
      .http()
      .post(`/api/programs/${programId}/invitations`)
      .set('Authorization', coordinator.auth)
      .send({ email: existing.email, displayName: 'Bettina Bestand', role: 'mentor' });
    expect(twice.status).toBe(422);
    expect(twice.body.code).toBe('role_already_held');
  });

  it('bad invitation input → 400 with a field message, no account, no mail', async () => {
    const before = await t.db.dataSource.query(`SELECT (SELECT count(*) FROM app_user)::int AS u, (SELECT count(*) FROM mail_outbox)::int AS m`);
    for (const body of [
      { email: 'keine-adresse', displayName: 'X', role: 'mentee' },
      { email: 'ok@example.org', displayName: '', role: 'mentee' },
      { email: 'ok@example.org', displayName: 'X', role: 'chef' },
    ]) {
      const res = await t.http().post(`/api/programs/${programId}/invitations`).set('Authorization', coordinator.auth).send(body);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('validation_failed');
      expect(res.body.message).toEqual(expect.any(String));
    }
    const after = await t.db.dataSource.query(`SELECT (SELECT count(*) FROM app_user)::int AS u, (SELECT count(*) FROM mail_outbox)::int AS m`);
    expect(after).toEqual(before);
  });
});
