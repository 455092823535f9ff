import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { QueueName } from '@ecampus/api/platform/queue';
import { createTestApi, createTestWorker, eventually, type TestWorker } from '@ecampus/api/platform/testing';
import type { LiveSession } from '@ecampus/shared/contracts';
import { LiveJobsModule } from './lib/jobs/live-jobs.module';
import { LIVE_RETENTION_SCHEDULER, LiveJobsReconciler } from './lib/jobs/live-jobs.reconciler';
import { LiveRetentionJob } from './lib/jobs/live-retention.job';
import { LiveSessionAutoEndJob } from './lib/jobs/live-session-auto-end.job';
import { LiveSessionReminderJob } from './lib/jobs/live-session-reminder.job';
import { LiveModule } from './lib/live.module';
import { withScheduleFixtures, type ScheduleTestApi, type TestPerson } from './testing/schedule-fixtures';

const PUBLIC_URL = 'https://campus.example.org';
const MINUTE = 60_000;

/**
 * The live domain's jobs in the real worker (LiveJobsModule) on the API's PostgreSQL and Redis:
 * reminder mails into the outbox (once; none when the session moved, started or went away),
 * auto-end on the routes' path (status and `session:status` push), the reconciler that plans every
 * open session again, and the retention of room records.
 */
describe('live sessions: jobs (worker, real PostgreSQL + Redis)', () => {
  let t: ScheduleTestApi;
  let w: TestWorker;
  let queue: Queue;
  let coordinator: TestPerson, trainer: TestPerson, trainer2: TestPerson, mentor: TestPerson, mentee: TestPerson, inactive: TestPerson;
  let programId: string;

  const reminderMails = (sessionId: string) =>
    t.sql<{ to: string; subject: string; text: string; html: string }>(
      `SELECT "to", subject, text, html FROM mail_outbox WHERE kind = 'live_session_reminder' AND text LIKE '%' || $1 || '%' ORDER BY "to"`,
      [sessionId],
    );
  const remind = (s: LiveSession, kind: 'day' | 'soon', now: Date, startsAt = new Date(s.startsAt).getTime()) =>
    w.app.get(LiveSessionReminderJob).handle({ sessionId: s.id, kind, startsAt }, undefined, now);
  const autoEnd = (s: LiveSession, now: Date) =>
    w.app.get(LiveSessionAutoEndJob).handle({ sessionId: s.id, endsAt: new Date(s.endsAt).getTime() }, undefined, now);
  const statusOf = async (id: string) =>
    (await t.sql<{ status: string }>(`SELECT status FROM live_session WHERE id = $1`, [id]))[0]?.status;

  beforeAll(async () => {
    t = withScheduleFixtures(await createTestApi({ features: [LiveModule], env: { PUBLIC_URL } }));
    w = await createTestWorker({
      jobs: [LiveJobsModule],
      services: t.services,
      env: { PUBLIC_URL, LIVE_TIMEZONE: 'Europe/Berlin', LIVE_AUTO_END_GRACE_MINUTES: '30', RECONCILE_INTERVAL_SECONDS: '3600' },
    });
    queue = w.app.get<Queue>(getQueueToken(QueueName.Live), { strict: false });
    [coordinator, trainer, trainer2, mentor, mentee, inactive] = await Promise.all([
      t.person('Clara Koordination'),
      t.person('Tina Trainerin'),
      t.person('Tom Trainer'),
      t.person('Mia Mentorin'),
      t.person('Mona Mentee'),
      t.person('Ina Inaktiv'),
    ]);
    await t.sql(`UPDATE app_user SET active = false WHERE id = $1`, [inactive.id]);
    programId = await t.program(
      [
        [coordinator, 'coordinator'],
        [trainer, 'trainer'],
        [trainer2, 'trainer'],
        [mentor, 'mentor'],
        [mentee, 'mentee'],
        [inactive, 'mentee'],
      ],
      'Digital vor Ort 2027',
    );
  });
  afterAll(async () => {
    await w?.close();
    await t?.close();
  });

  describe('live-session-reminder', () => {
    it("mails the program's mentors and mentees and the session's trainers once, in German, with the room's link", async () => {
      const s = await t.session(coordinator, programId, { title: 'Haushalt verstehen', trainerIds: [trainer2.id], inMinutes: 3 * 24 * 60 });
      const dayBefore = new Date(new Date(s.startsAt).getTime() - 24 * 60 * MINUTE);
      expect(await remind(s, 'day', dayBefore)).toEqual({ sent: 3 });
      const mails = await reminderMails(s.id);
      expect(mails.map((m) => m.to).sort()).toEqual([mentor.email, mentee.email, trainer2.email].sort());
      const link = `${PUBLIC_URL}/programme/${programId}/live/${s.id}`;
      for (const mail of mails) {
        expect(mail.subject).toMatch(/^Erinnerung: Live-Seminar „Haushalt verstehen“ morgen um \d\d:\d\d Uhr$/);
        expect(mail.text).toContain('im Programm „Digital vor Ort 2027“');
        expect(mail.text).toContain(`Zum Live-Seminar: ${link}`);
        expect(mail.html).toContain(`href="${link}"`);
      }
      // A retry (or a second job) sends nothing twice.
      expect(await remind(s, 'day', dayBefore)).toEqual({ skipped: 'already-sent' });
      expect(await reminderMails(s.id)).toHaveLength(3);
      // The 15-minute reminder is its own.
      const soon = await remind(s, 'soon', new Date(new Date(s.startsAt).getTime() - 15 * MINUTE));
      expect(soon).toEqual({ sent: 3 });
      const soonMails = (await reminderMails(s.id)).filter((m) => m.subject.startsWith('Gleich geht es los'));
      expect(soonMails).toHaveLength(3);
    });

    it('writes nothing for a stale reminder: the session moved, started, or was deleted', async () => {
      const s = await t.session(trainer, programId, { inMinutes: 3 * 24 * 60 });
      const oldStart = new Date(s.startsAt).getTime();
      const moved = await t
        .http()
        .patch(`/api/live-sessions/${s.id}`)
        .set('Authorization', trainer.auth)
        .send({
          startsAt: new Date(oldStart + 2 * 60 * MINUTE).toISOString(),
        });
      expect(moved.status).toBe(200);
      expect(await remind(s, 'day', new Date(oldStart - 24 * 60 * MINUTE), oldStart)).toEqual({ skipped: 'moved' });
      expect(await reminderMails(s.id)).toEqual([]);
      // The moved session's own reminder still goes out.
      const newStart = new Date(moved.body.startsAt).getTime();
      expect(await remind(s, 'day', new Date(newStart - 24 * 60 * MINUTE), newStart)).toEqual({ sent: 3 });

      const started = await t.session(trainer, programId, { inMinutes: 10 });
      expect((await t.http().post(`/api/live-sessions/${started.id}/start`).set('Authorization', trainer.auth)).status).toBe(200);
      expect(await remind(started, 'soon', new Date())).toEqual({ skipped: 'not-scheduled' });

      const deleted = await t.session(trainer, programId);
      expect((await t.http().delete(`/api/live-sessions/${deleted.id}`).set('Authorization', trainer.auth)).status).toBe(204);
      expect(await remind(deleted, 'day', new Date())).toEqual({ skipped: 'gone' });

      const late = await t.session(trainer, programId, { inMinutes: 20 });
      expect(await remind(late, 'soon', new Date(new Date(late.startsAt).getTime() + MINUTE))).toEqual({ skipped: 'started' });
      expect([...(await reminderMails(started.id)), ...(await reminderMails(deleted.id)), ...(await reminderMails(late.id))]).toEqual([]);
    });
  });

  describe('live-session-auto-end', () => {
    it('ends a session left open after its end plus the grace period, like the end route (status push included)', async () => {
      const s = await t.session(trainer, programId, { inMinutes: 10, durationMinutes: 30 });
      expect((await t.http().post(`/api/live-sessions/${s.id}/start`).set('Authorization', trainer.auth)).status).toBe(200);
      const end = new Date(s.endsAt).getTime();
      expect(await autoEnd(s, new Date(end + 29 * MINUTE))).toBe('not-due');
      expect(await statusOf(s.id)).toBe('live');
      expect(await autoEnd(s, new Date(end + 31 * MINUTE))).toBe('ended');
      expect(await statusOf(s.id)).toBe('ended');
      expect((await t.statusPushes(s.id)).map((p) => p.payload)).toEqual([
        { sessionId: s.id, status: 'live' },
        { sessionId: s.id, status: 'ended' },
      ]);
      expect(await autoEnd(s, new Date(end + 32 * MINUTE))).toBe('already-ended');
      expect(await t.statusPushes(s.id)).toHaveLength(2);
    });

    it('ends a session nobody started, and does nothing for a deleted one', async () => {
      const s = await t.session(trainer, programId, { inMinutes: 60 });
      expect(await autoEnd(s, new Date(new Date(s.endsAt).getTime() + 30 * MINUTE))).toBe('ended');
      expect(await statusOf(s.id)).toBe('ended');
      const deleted = await t.session(trainer, programId);
      await t.http().delete(`/api/live-sessions/${deleted.id}`).set('Authorization', trainer.auth);
      expect(await autoEnd(deleted, new Date(Date.now() + 30 * 24 * 60 * MINUTE))).toBe('gone');
    });
  });

  describe('reconciler and retention scheduler', () => {
    it('plans the jobs of every open session again (row first), idempotently', async () => {
      const open = await t.session(trainer, programId, { inMinutes: 3 * 24 * 60 });
      const ended = await t.session(trainer, programId, { inMinutes: 60 });
      await t.http().post(`/api/live-sessions/${ended.id}/end`).set('Authorization', trainer.auth);
      // Redis lost the sessions' delayed jobs (the retention scheduler's job is not a session's).
      const sessionJobs = async () => (await queue.getDelayed()).filter((j) => j.id?.startsWith('live-'));
      for (const job of await sessionJobs()) await job.remove();
      expect(await sessionJobs()).toEqual([]);

      const reconciler = w.app.get(LiveJobsReconciler);
      expect(await reconciler.reconcile()).toBeGreaterThan(0);
      const ids = (await sessionJobs()).map((j) => j.id);
      const start = new Date(open.startsAt).getTime();
      expect(ids).toEqual(
        expect.arrayContaining([
          `live-reminder-${open.id}-day-${start}`,
          `live-reminder-${open.id}-soon-${start}`,
          `live-auto-end-${open.id}-${new Date(open.endsAt).getTime()}`,
        ]),
      );
      expect(ids.some((id) => id?.includes(ended.id))).toBe(false);
      await reconciler.reconcile();
      expect((await sessionJobs()).map((j) => j.id).sort()).toEqual([...ids].sort());
    });

    it('registers the nightly retention run', async () => {
      const scheduler = await eventually(() => queue.getJobScheduler(LIVE_RETENTION_SCHEDULER), 'Job-Scheduler eingetragen');
      expect(scheduler).toMatchObject({
        key: LIVE_RETENTION_SCHEDULER,
        name: LiveRetentionJob.name,
        pattern: '30 3 * * *',
        tz: 'Europe/Berlin',
      });
    });
  });

  describe('live-retention', () => {
    it('deletes chat, questions and polls after LIVE_CHAT_RETENTION_DAYS and attendance after LIVE_ATTENDANCE_RETENTION_DAYS', async () => {
      const session = async (endedDaysAgo: number | null) => {
        const s = await t.session(trainer, programId);
        if (endedDaysAgo !== null)
          await t.sql(`UPDATE live_session SET status = 'ended', ended_at = now() - $2 * interval '1 day' WHERE id = $1`, [
            s.id,
            endedDaysAgo,
          ]);
        // Room records as the room writes them.
        await t.sql(`INSERT INTO live_chat_message (session_id, user_id, text) VALUES ($1, $2, 'Hallo')`, [s.id, mentee.id]);
        const [q] = await t.sql<{ id: string }>(
          `INSERT INTO live_question (session_id, user_id, text) VALUES ($1, $2, 'Frage?') RETURNING id`,
          [s.id, mentee.id],
        );
        await t.sql(`INSERT INTO live_question_vote (question_id, user_id) VALUES ($1, $2)`, [q.id, mentor.id]);
        const [p] = await t.sql<{ id: string }>(
          `INSERT INTO live_poll (session_id, question, options, closed_at) VALUES ($1, 'Ja?', '["ja","nein"]', now()) RETURNING id`,
          [s.id],
        );
        await t.sql(`INSERT INTO live_poll_vote (poll_id, user_id, option) VALUES ($1, $2, 0)`, [p.id, mentee.id]);
        await t.sql(
          `INSERT INTO live_attendance (session_id, user_id, joined_at, left_at, last_seen_at) VALUES ($1, $2, now(), now(), now())`,
          [s.id, mentee.id],
        );
        return s.id;
      };
      const counts = async (id: string) =>
        (
          await t.sql<Record<string, number>>(
            `SELECT (SELECT count(*)::int FROM live_chat_message WHERE session_id = $1) AS chat,
                    (SELECT count(*)::int FROM live_question WHERE session_id = $1) AS questions,
                    (SELECT count(*)::int FROM live_question_vote v JOIN live_question q ON q.id = v.question_id WHERE q.session_id = $1) AS "questionVotes",
                    (SELECT count(*)::int FROM live_poll WHERE session_id = $1) AS polls,
                    (SELECT count(*)::int FROM live_poll_vote v JOIN live_poll p ON p.id = v.poll_id WHERE p.session_id = $1) AS "pollVotes",
                    (SELECT count(*)::int FROM live_attendance WHERE session_id = $1) AS attendance,
                    (SELECT count(*)::int FROM live_session WHERE id = $1) AS sessions`,
            [id],
          )
        )[0];
      const veryOld = await session(800);
      const old = await session(400);
      const recent = await session(10);
      const open = await session(null);

      const run = await w.app.get(LiveRetentionJob).handle({}, undefined, new Date());
      expect(run).toMatchObject({ chatMessages: 2, questions: 2, polls: 2, attendance: 1 });
      expect(await counts(veryOld)).toEqual({
        chat: 0,
        questions: 0,
        questionVotes: 0,
        polls: 0,
        pollVotes: 0,
        attendance: 0,
        sessions: 1,
      });
      expect(await counts(old)).toEqual({ chat: 0, questions: 0, questionVotes: 0, polls: 0, pollVotes: 0, attendance: 1, sessions: 1 });
      const kept = { chat: 1, questions: 1, questionVotes: 1, polls: 1, pollVotes: 1, attendance: 1, sessions: 1 };
      expect(await counts(recent)).toEqual(kept);
      expect(await counts(open)).toEqual(kept);
      // A second run deletes nothing more.
      expect(await w.app.get(LiveRetentionJob).handle({}, undefined, new Date())).toMatchObject({
        chatMessages: 0,
        questions: 0,
        polls: 0,
        attendance: 0,
      });
    });
  });
});
