import { getQueueToken } from '@nestjs/bullmq';
import type { Job, Queue } from 'bullmq';
import { MailJobsModule } from '@ecampus/api/platform/mail';
import { QueueName } from '@ecampus/api/platform/queue';
import { createTestWorker, eventually, type TestWorker } from '@ecampus/api/platform/testing';
import { CurriculumJobsModule } from './lib/curriculum-jobs.module';
import { SendReviewDigestJob } from './lib/jobs/send-review-digest.job';
import { REVIEW_DIGEST_SCHEDULER } from './lib/review-digest.scheduler';
import { ReviewDigestService } from './lib/review-digest.service';

/**
 * The daily review digest (issue 8, item 7) in the real worker, with real PostgreSQL and Redis:
 * the job scheduler it registers, which hand-ins a trainer's mail lists, the outbox rows, and that a
 * run repeated for the same day (a retry, a second worker) sends nothing twice.
 */
describe('review digest (worker, real PostgreSQL + Redis)', () => {
  let w: TestWorker;
  let queue: Queue;

  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> => w.db.dataSource.query(query, params);
  let counter = 0;
  const person = async (name: string, active = true): Promise<{ id: string; email: string }> => {
    counter += 1;
    const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${counter}@test.example`;
    const [row] = await sql<{ id: string }>(`INSERT INTO app_user (email, display_name, active) VALUES ($1, $2, $3) RETURNING id`, [
      email,
      name,
      active,
    ]);
    return { id: row.id, email };
  };
  const program = async (title: string, members: [{ id: string }, string][], archived = false) => {
    const [row] = await sql<{ id: string }>(
      `INSERT INTO program (title, mode, starts_on, ends_on, archived_at) VALUES ($1, 'reverse', '2027-01-01', '2027-12-31', CASE WHEN $2 THEN now() END) RETURNING id`,
      [title, archived],
    );
    for (const [who, role] of members)
      await sql(`INSERT INTO program_member (program_id, user_id, role) VALUES ($1, $2, $3)`, [row.id, who.id, role]);
    return row.id;
  };
  const tandem = async (programId: string, mentor: { id: string }, mentee: { id: string }) =>
    (
      await sql<{ id: string }>(`INSERT INTO tandem (program_id, mentor_id, mentee_id) VALUES ($1, $2, $3) RETURNING id`, [
        programId,
        mentor.id,
        mentee.id,
      ])
    )[0].id;
  const module = async (programId: string, title: string) =>
    (
      await sql<{ id: string }>(
        `INSERT INTO curriculum_module (program_id, title, position, status, published_at) VALUES ($1, $2, 1, 'published', now()) RETURNING id`,
        [programId, title],
      )
    )[0].id;
  let position = 0;
  const assignment = async (moduleId: string, title: string) =>
    (
      await sql<{ id: string }>(`INSERT INTO curriculum_assignment (module_id, title, position) VALUES ($1, $2, $3) RETURNING id`, [
        moduleId,
        title,
        ++position,
      ])
    )[0].id;
  const submission = async (assignmentId: string, tandemId: string, status: string, at: Date, versions = 1) => {
    await sql(`INSERT INTO submission (assignment_id, tandem_id, status, last_submitted_at, version_count) VALUES ($1, $2, $3, $4, $5)`, [
      assignmentId,
      tandemId,
      status,
      at,
      versions,
    ]);
  };
  const hoursBefore = (at: Date, hours: number) => new Date(at.getTime() - hours * 3600_000);
  const digestMails = () =>
    sql<{ to: string; subject: string; text: string; html: string; kind: string }>(
      `SELECT "to", subject, text, html, kind FROM mail_outbox WHERE kind = 'review_digest' ORDER BY "to", created_at`,
    );

  beforeAll(async () => {
    // The worker as production composes it for these jobs (mail delivery included), with the digest at 06:30.
    w = await createTestWorker({
      jobs: [CurriculumJobsModule, MailJobsModule],
      env: { REVIEW_DIGEST_TIME: '06:30', REVIEW_DIGEST_TIMEZONE: 'Europe/Berlin', RECONCILE_INTERVAL_SECONDS: '3600' },
    });
    queue = w.app.get<Queue>(getQueueToken(QueueName.Curriculum));
  });
  afterAll(async () => {
    await w?.close();
  });

  it('registers one daily job scheduler at the configured time in the configured zone', async () => {
    const scheduler = await eventually(() => queue.getJobScheduler(REVIEW_DIGEST_SCHEDULER), 'Job-Scheduler eingetragen');
    expect(scheduler).toMatchObject({
      key: REVIEW_DIGEST_SCHEDULER,
      name: SendReviewDigestJob.name,
      pattern: '30 6 * * *',
      tz: 'Europe/Berlin',
    });
    // Its next run is 06:30 in Berlin, within the next day.
    const next = new Date(Number(scheduler?.next));
    expect(next.getTime() - Date.now()).toBeGreaterThan(0);
    expect(next.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3600_000);
    expect(new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', timeStyle: 'short' }).format(next)).toBe('06:30');
    // The worker's delayed job is the scheduler's; none of the others.
    expect((await queue.getJobSchedulers()).map((s) => s.key)).toEqual([REVIEW_DIGEST_SCHEDULER]);
  });

  it('mails each trainer and coordinator the hand-ins of the last 24 hours still waiting — once per program and day', async () => {
    const until = new Date('2027-03-02T05:30:00Z'); // 06:30 in Berlin
    const trainer = await person('Tina Trainerin');
    const coordinator = await person('Clara Koordination'); // also a mentor: her own tandem's hand-in is not for her
    const inactive = await person('Ingo Inaktiv', false);
    const [mentorA, menteeA, menteeB] = [
      await person('Anna Mentorin'),
      await person('Berta Abgeordnete'),
      await person('Dora Bürgermeisterin'),
    ];
    const programId = await program('Digital vor Ort 2027', [
      [trainer, 'trainer'],
      [coordinator, 'coordinator'],
      [coordinator, 'mentor'],
      [inactive, 'trainer'],
      [mentorA, 'mentor'],
      [menteeA, 'mentee'],
      [menteeB, 'mentee'],
    ]);
    const tandemA = await tandem(programId, mentorA, menteeA);
    const tandemB = await tandem(programId, coordinator, menteeB);
    const moduleId = await module(programId, 'Die eigene Facebook-Seite');
    const [a1, a2, a3, a4, a5, a6] = [
      await assignment(moduleId, 'Profilbild & Titelbild'),
      await assignment(moduleId, 'Erster Beitrag'),
      await assignment(moduleId, 'Alt'),
      await assignment(moduleId, 'Schon angenommen'),
      await assignment(moduleId, 'Zurückgegeben'),
      await assignment(moduleId, 'Zu spät für heute'),
    ];
    await submission(a1, tandemA, 'submitted', hoursBefore(until, 2));
    await submission(a2, tandemB, 'submitted', hoursBefore(until, 23), 2);
    await submission(a3, tandemA, 'submitted', hoursBefore(until, 25)); // arrived before the window
    await submission(a4, tandemA, 'approved', hoursBefore(until, 1));
    await submission(a5, tandemB, 'changes_requested', hoursBefore(until, 1));
    await submission(a6, tandemB, 'submitted', hoursBefore(until, -1)); // after the run
    // An archived program and one whose only hand-in is older: no mail.
    const archivedTrainer = await person('Arne Archiv');
    const archived = await program(
      'Alter Jahrgang',
      [
        [archivedTrainer, 'trainer'],
        [mentorA, 'mentor'],
        [menteeA, 'mentee'],
      ],
      true,
    );
    await submission(
      await assignment(await module(archived, 'Alt'), 'Alt'),
      await tandem(archived, mentorA, menteeA),
      'submitted',
      hoursBefore(until, 3),
    );
    const quietTrainer = await person('Quentin Ruhig');
    const quiet = await program('Ruhiges Programm', [
      [quietTrainer, 'trainer'],
      [mentorA, 'mentor'],
      [menteeB, 'mentee'],
    ]);
    await submission(
      await assignment(await module(quiet, 'Modul'), 'Aufgabe'),
      await tandem(quiet, mentorA, menteeB),
      'submitted',
      hoursBefore(until, 30),
    );

    const digest = w.app.get(ReviewDigestService);
    expect(await digest.sendDigests(until)).toEqual({ day: '2027-03-02', programs: 1, alreadySent: 0, mails: 2 });

    const mails = await digestMails();
    expect(mails.map((m) => [m.to, m.subject])).toEqual([
      [coordinator.email, 'Eine neue Abgabe wartet auf Durchsicht – „Digital vor Ort 2027“'],
      [trainer.email, '2 neue Abgaben warten auf Durchsicht – „Digital vor Ort 2027“'],
    ]);
    const [forCoordinator, forTrainer] = mails;
    expect(forTrainer.text).toContain('Hallo Tina Trainerin,');
    expect(forTrainer.text).toContain(
      '- „Profilbild & Titelbild“ (Modul „Die eigene Facebook-Seite“)\n  Tandem Anna Mentorin & Berta Abgeordnete, eingereicht am 02.03.2027, 04:30 Uhr',
    );
    expect(forTrainer.text).toContain(
      '„Erster Beitrag“ (Modul „Die eigene Facebook-Seite“)\n  Tandem Clara Koordination & Dora Bürgermeisterin, eingereicht am 01.03.2027, 07:30 Uhr, 2. Fassung',
    );
    expect(forTrainer.text).toContain(`Zur Durchsicht: http://localhost:3000/programme/${programId}/pruefen`);
    for (const absent of ['Alt', 'Schon angenommen', 'Zurückgegeben', 'Zu spät']) expect(forTrainer.text).not.toContain(`„${absent}`);
    expect(forTrainer.html).toContain('<strong>„Profilbild &amp; Titelbild“ (Modul „Die eigene Facebook-Seite“)</strong>');
    // Her own tandem's hand-in is not in the coordinator's list.
    expect(forCoordinator.text).toContain('Profilbild & Titelbild');
    expect(forCoordinator.text).not.toContain('Erster Beitrag');
    expect(await sql(`SELECT day::text, submission_count, mail_count FROM review_digest`)).toEqual([
      { day: '2027-03-02', submission_count: 2, mail_count: 2 },
    ]);

    // The same day again (a retry, a second worker): nothing new.
    expect(await digest.sendDigests(new Date(until.getTime() + 60_000))).toEqual({
      day: '2027-03-02',
      programs: 0,
      alreadySent: 1,
      mails: 0,
    });
    expect(await digestMails()).toHaveLength(2);
    // The worker delivers them (mail queue, log transport).
    await eventually(
      async () =>
        (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM mail_outbox WHERE kind = 'review_digest' AND status = 'sent'`))[0].n ===
        2,
      'Übersichten versandt',
    );

    // A day without new hand-ins: no mail at all.
    expect(await digest.sendDigests(new Date(until.getTime() + 3 * 24 * 3600_000))).toMatchObject({ programs: 0, mails: 0 });
    expect(await digestMails()).toHaveLength(2);
  });

  it('runs as a queued job: the scheduled time is its window (a retry keeps it); a repeated job sends nothing twice', async () => {
    const until = new Date('2027-04-10T04:30:00Z'); // 06:30 in Berlin (summer time)
    const trainer = await person('Paula Prüferin');
    const [mentor, mentee] = [await person('Mia Mentorin'), await person('Nele Mentee')];
    const programId = await program('Jahrgang Frühling', [
      [trainer, 'trainer'],
      [mentor, 'mentor'],
      [mentee, 'mentee'],
    ]);
    await submission(
      await assignment(await module(programId, 'Stories'), 'Story planen'),
      await tandem(programId, mentor, mentee),
      'submitted',
      hoursBefore(until, 5),
    );
    const mailsTo = async () => (await digestMails()).filter((m) => m.to === trainer.email);

    // The handler reads the scheduler's planned time (prevMillis), not the clock.
    const handler = w.app.get(SendReviewDigestJob);
    const planned = { opts: { prevMillis: until.getTime() }, timestamp: until.getTime() - 3600_000 } as Job;
    expect(await handler.handle({}, planned)).toMatchObject({ day: '2027-04-10', programs: 1, mails: 1 });
    expect(await mailsTo()).toHaveLength(1);

    // Through Redis and the worker's processor, twice for the same day: still one mail.
    for (const jobId of ['digest-by-hand-1', 'digest-by-hand-2']) {
      const job = await queue.add(SendReviewDigestJob.name, { until: new Date(until.getTime() + 600_000).toISOString() }, { jobId });
      await eventually(async () => ((await job.getState()) === 'completed' ? true : undefined), `${jobId} erledigt`);
      expect((await queue.getJob(jobId))?.returnvalue).toMatchObject({ day: '2027-04-10', programs: 0, alreadySent: 1 });
    }
    expect(await mailsTo()).toHaveLength(1);
    expect(await sql(`SELECT day::text FROM review_digest WHERE program_id = $1`, [programId])).toEqual([{ day: '2027-04-10' }]);
  });

  it('REVIEW_DIGEST_TIME=off removes the scheduler when a worker starts', async () => {
    const off = await createTestWorker({ jobs: [CurriculumJobsModule], services: w.services, env: { REVIEW_DIGEST_TIME: 'off' } });
    try {
      await eventually(async () => ((await queue.getJobScheduler(REVIEW_DIGEST_SCHEDULER)) ? undefined : true), 'Job-Scheduler entfernt');
    } finally {
      await off.close();
    }
  });
});
