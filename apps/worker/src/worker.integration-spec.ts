import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { ConfigModule, type AppConfig } from '@ecampus/api/platform/config';
import { DatabaseModule } from '@ecampus/api/platform/database';
import { OutboxReconciler, QueueModule, QueueName } from '@ecampus/api/platform/queue';
import { MailModule, MailOutboxService, SendMailJob, type OutboxMail } from '@ecampus/api/platform/mail';
import { createTestWorker, eventually, type TestDatabase, type TestWorker } from '@ecampus/api/platform/testing';
import { WORKER_JOBS } from './worker-jobs';

describe('worker (real PostgreSQL + Redis)', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let mailDir: string;
  let testWorker: TestWorker;
  let worker: INestApplicationContext;
  let producer: INestApplicationContext;
  let outbox: MailOutboxService;

  const mailRow = async (id: string): Promise<OutboxMail | undefined> => (await outbox.findOutboxMail({ id }))[0];
  const sent = (id: string) =>
    eventually(async () => ((await mailRow(id))?.status === 'sent' ? mailRow(id) : undefined), `Mail ${id} gesendet`);
  const mailFiles = async (id: string) => (await readdir(mailDir)).filter((f) => f.endsWith(`-${id}.eml`));

  beforeAll(async () => {
    // The worker app's own composition: every job module it runs in production.
    // NODE_ENV=development: the log transport writes .eml files only there (the files are asserted below).
    testWorker = await createTestWorker({
      jobs: WORKER_JOBS,
      env: { NODE_ENV: 'development', RECONCILE_INTERVAL_SECONDS: '3600', LOG_LEVEL: 'warn' },
    });
    ({ app: worker, config, db } = testWorker);
    mailDir = config.MAIL_DIR;
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(), QueueModule.forRoot(), MailModule],
    }).compile();
    producer = await moduleRef.init();
    outbox = producer.get(MailOutboxService);
  });

  afterAll(async () => {
    await producer?.close();
    await testWorker?.close();
  });

  it('sends an enqueued mail: outbox row `sent`, RFC 822 file in MAIL_DIR', async () => {
    const { id } = await outbox.enqueue({
      to: 'mentee@example.org',
      subject: 'Willkommen bei eCampus – Grüße',
      text: 'Hallo Jördis,\nbitte setzen Sie Ihr Passwort.',
      html: '<p>Hallo Jördis</p>',
      kind: 'invitation',
    });
    const row = await sent(id);
    expect(row).toMatchObject({ to: 'mentee@example.org', kind: 'invitation', attempts: 1, lastError: null });
    expect(row.sentAt).toBeInstanceOf(Date);
    const files = await mailFiles(id);
    expect(files).toHaveLength(1);
    const eml = await readFile(join(mailDir, files[0]), 'utf8');
    expect(eml).toMatch(/^To: mentee@example\.org$/m);
    expect(eml).toMatch(/^Subject: =\?UTF-8\?/m); // encoded because of the umlauts
    expect(eml).toContain(`Message-ID: <${id}@ecampus.mail>`);
    expect(eml).toContain('multipart/alternative');
  });

  it('does not send a mail twice when its job runs again', async () => {
    const { id } = await outbox.enqueue({ to: 'a@example.org', subject: 'Einmal', text: 'nur einmal', kind: 'test' });
    await sent(id);
    const queue = producer.get<Queue>(getQueueToken(QueueName.Mail));
    const again = await queue.add(SendMailJob.name, { mailId: id }, { jobId: `${id}-again` });
    await eventually(async () => (await again.getState()) === 'completed', 'zweiter Job fertig');
    expect(await mailFiles(id)).toHaveLength(1);
    expect((await mailRow(id))?.attempts).toBe(1);
  });

  it('enqueues inside a transaction only after commit, and not at all after rollback', async () => {
    // The producer's own DataSource: the caller's transaction is a TypeORM one.
    const dataSource = producer.get(DataSource);
    let committedId = '';
    await dataSource.transaction(async (manager) => {
      committedId = (await outbox.enqueue({ to: 'b@example.org', subject: 'Tx', text: 'commit', kind: 'test' }, manager)).id;
      // Still uncommitted: no job may exist yet, or the worker would look for an invisible row.
      expect(await producer.get<Queue>(getQueueToken(QueueName.Mail)).getJob(committedId)).toBeUndefined();
    });
    await sent(committedId);

    let rolledBackId = '';
    await expect(
      dataSource.transaction(async (manager) => {
        rolledBackId = (await outbox.enqueue({ to: 'c@example.org', subject: 'Tx', text: 'rollback', kind: 'test' }, manager)).id;
        throw new Error('Abbruch');
      }),
    ).rejects.toThrow('Abbruch');
    await new Promise((r) => setTimeout(r, 300));
    expect(await mailRow(rolledBackId)).toBeUndefined();
    expect(await producer.get<Queue>(getQueueToken(QueueName.Mail)).getJob(rolledBackId)).toBeUndefined();
  });

  it('the reconciler re-enqueues pending rows whose job was lost (mail and health)', async () => {
    // Rows written as a crashed producer would leave them: committed, but never enqueued.
    const [mail] = await db.dataSource.query(
      `INSERT INTO mail_outbox ("to", subject, text, kind, created_at) VALUES ('d@example.org', 'Verloren', 'Text', 'test', now() - interval '1 minute') RETURNING id`,
    );
    const [probe] = await db.dataSource.query(
      `INSERT INTO health_check_job (created_at) VALUES (now() - interval '1 minute') RETURNING id`,
    );
    // A row younger than a few seconds is left to its producer.
    const [fresh] = await db.dataSource.query(`INSERT INTO health_check_job DEFAULT VALUES RETURNING id`);

    const handedOver = await worker.get(OutboxReconciler).reconcile();
    expect(handedOver).toBe(2);
    await sent(mail.id);
    const done = await eventually(async () => {
      const [row] = await db.dataSource.query(`SELECT status, processed_by FROM health_check_job WHERE id = $1`, [probe.id]);
      return row.status === 'done' ? row : undefined;
    }, 'Health-Job erledigt');
    expect(done.processed_by).toMatch(/^.+:\d+$/);
    const [untouched] = await db.dataSource.query(`SELECT status FROM health_check_job WHERE id = $1`, [fresh.id]);
    expect(untouched.status).toBe('pending');
  });
});
