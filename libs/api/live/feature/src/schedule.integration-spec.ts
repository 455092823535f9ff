import { createTestApi } from '@ecampus/api/platform/testing';
import { LiveErrorCode, type LiveSession } from '@ecampus/shared/contracts';
import { LiveModule } from './lib/live.module';
import { minutesFromNow, withScheduleFixtures, type ScheduleTestApi, type TestPerson } from './testing/schedule-fixtures';

/**
 * Scheduling of live sessions through the real API edge (LiveModule), real PostgreSQL and Redis:
 * every route, its refusals (outsiders and other programs 404, participants 403, bad bodies 400,
 * rules 422, state 409), the delayed jobs it enqueues and the `session:status` pushes.
 */
describe('live sessions: scheduling (real PostgreSQL + Redis)', () => {
  let t: ScheduleTestApi;
  let admin: TestPerson, coordinator: TestPerson, trainer: TestPerson, trainer2: TestPerson;
  let mentor: TestPerson, mentee: TestPerson, otherMentee: TestPerson, outsider: TestPerson;
  let programId: string, otherProgramId: string, moduleId: string, otherModuleId: string;

  const as = (who: TestPerson | null, method: 'get' | 'post' | 'patch' | 'delete', url: string, body?: object) => {
    let req = t.http()[method](url);
    if (who) req = req.set('Authorization', who.auth);
    return body ? req.send(body) : req;
  };
  const create = (who: TestPerson | null, body: object, program = programId) =>
    as(who, 'post', `/api/programs/${program}/live-sessions`, body);
  const valid = (extra: object = {}) => ({
    title: 'Haushalt verstehen',
    startsAt: minutesFromNow(3 * 24 * 60).toISOString(),
    durationMinutes: 90,
    ...extra,
  });

  beforeAll(async () => {
    t = withScheduleFixtures(await createTestApi({ features: [LiveModule], env: { PUBLIC_URL: 'https://campus.example.org' } }));
    [admin, coordinator, trainer, trainer2, mentor, mentee, otherMentee, outsider] = await Promise.all([
      t.person('Ada Admin', { isAdmin: true }),
      t.person('Clara Koordination'),
      t.person('Tina Trainerin'),
      t.person('Tom Trainer'),
      t.person('Mia Mentorin'),
      t.person('Mona Mentee'),
      t.person('Olga Anderswo'),
      t.person('Otto Außen'),
    ]);
    programId = await t.program([
      [coordinator, 'coordinator'],
      [trainer, 'trainer'],
      [trainer2, 'trainer'],
      [mentor, 'mentor'],
      [mentee, 'mentee'],
    ]);
    otherProgramId = await t.program([[otherMentee, 'mentee']]);
    moduleId = await t.module(programId, 'Kommunalfinanzen');
    otherModuleId = await t.module(otherProgramId, 'Fremdes Modul');
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('POST /programs/:programId/live-sessions', () => {
    it('creates a scheduled session with the creator as trainer, and plans its reminders and auto-end', async () => {
      const startsAt = minutesFromNow(3 * 24 * 60);
      startsAt.setUTCSeconds(0, 0);
      const res = await create(trainer, {
        title: '  Haushalt verstehen ',
        description: 'Mit Beispielen',
        startsAt: startsAt.toISOString(),
        durationMinutes: 90,
      });
      expect(res.status).toBe(201);
      const s = res.body as LiveSession;
      expect(s).toMatchObject({
        programId,
        title: 'Haushalt verstehen',
        description: 'Mit Beispielen',
        startsAt: startsAt.toISOString(),
        durationMinutes: 90,
        endsAt: new Date(startsAt.getTime() + 90 * 60_000).toISOString(),
        joinableFrom: new Date(startsAt.getTime() - 15 * 60_000).toISOString(),
        moduleId: null,
        moduleTitle: null,
        trainers: [{ userId: trainer.id, displayName: 'Tina Trainerin' }],
        status: 'scheduled',
        startedAt: null,
        endedAt: null,
        canModerate: true,
      });
      // Row first, then the delayed jobs: both reminders and the auto-end, ids naming session, kind and instant.
      const jobs = await t.liveQueue().getDelayed();
      const ids = jobs.map((j) => j.id).filter((id) => id?.includes(s.id));
      const end = startsAt.getTime() + 90 * 60_000;
      expect(ids.sort()).toEqual(
        [
          `live-auto-end-${s.id}-${end}`,
          `live-reminder-${s.id}-day-${startsAt.getTime()}`,
          `live-reminder-${s.id}-soon-${startsAt.getTime()}`,
        ].sort(),
      );
      const dayJob = jobs.find((j) => j.id === `live-reminder-${s.id}-day-${startsAt.getTime()}`);
      expect(dayJob?.data).toEqual({ sessionId: s.id, kind: 'day', startsAt: startsAt.getTime() });
      expect(dayJob?.name).toBe('LiveSessionReminderJob');
    });

    it('takes trainers who are trainers or coordinators of the program, and a module of the program', async () => {
      const res = await create(coordinator, valid({ trainerIds: [trainer2.id, coordinator.id, trainer2.id], moduleId }));
      expect(res.status).toBe(201);
      expect(res.body.trainers.map((p: { userId: string }) => p.userId).sort()).toEqual([coordinator.id, trainer2.id].sort());
      expect(res.body).toMatchObject({ moduleId, moduleTitle: 'Kommunalfinanzen' });
    });

    it('refuses trainers who are not trainers or coordinators there (422, with a message)', async () => {
      for (const who of [mentee, outsider, otherMentee]) {
        const res = await create(trainer, valid({ trainerIds: [trainer.id, who.id] }));
        expect(res.status).toBe(422);
        expect(res.body).toMatchObject({ code: LiveErrorCode.InvalidTrainers, message: expect.stringMatching(/keine Trainerin/) });
      }
    });

    it('refuses a module of another program, and a start in the past (422)', async () => {
      expect((await create(trainer, valid({ moduleId: otherModuleId }))).body).toMatchObject({
        statusCode: 422,
        code: LiveErrorCode.InvalidModule,
      });
      const past = await create(trainer, valid({ startsAt: minutesFromNow(-5).toISOString() }));
      expect(past.status).toBe(422);
      expect(past.body).toMatchObject({
        code: LiveErrorCode.StartsInPast,
        message: 'Ein Live-Seminar kann nicht in der Vergangenheit beginnen.',
      });
      const english = await create(trainer, valid({ startsAt: minutesFromNow(-5).toISOString() })).set('Accept-Language', 'en');
      expect(english.body.message).toBe('A live session cannot start in the past.');
    });

    it('refuses malformed bodies with 400 and a message per field', async () => {
      const cases: [object, string][] = [
        [{ startsAt: minutesFromNow(60).toISOString(), durationMinutes: 60 }, 'title'],
        [valid({ title: '   ' }), 'title'],
        [valid({ title: 'x'.repeat(201) }), 'title'],
        [valid({ durationMinutes: 5 }), 'durationMinutes'],
        [valid({ durationMinutes: 481 }), 'durationMinutes'],
        [valid({ durationMinutes: 60.5 }), 'durationMinutes'],
        [valid({ startsAt: 'morgen' }), 'startsAt'],
        [valid({ moduleId: 'kein-modul' }), 'moduleId'],
        [valid({ trainerIds: ['x'] }), 'trainerIds.0'],
        [valid({ trainerIds: Array.from({ length: 11 }, () => trainer.id) }), 'trainerIds'],
      ];
      for (const [body, field] of cases) {
        const res = await create(trainer, body);
        expect({ field, status: res.status, code: res.body.code }).toEqual({ field, status: 400, code: 'validation_failed' });
        expect(typeof res.body.fields?.[field]).toBe('string');
      }
    });

    it('lets coordinators, trainers and admins create; mentors and mentees 403; others 404; no token 401', async () => {
      expect((await create(admin, valid())).status).toBe(201);
      // An admin who is not a member is no default trainer.
      expect((await create(admin, valid())).body.trainers).toEqual([]);
      expect((await create(mentor, valid())).status).toBe(403);
      expect((await create(mentee, valid())).status).toBe(403);
      expect((await create(otherMentee, valid())).status).toBe(404);
      expect((await create(outsider, valid())).status).toBe(404);
      expect((await create(null, valid())).status).toBe(401);
      expect((await create(trainer, valid(), 'kein-programm')).status).toBe(404);
    });
  });

  describe('GET /programs/:programId/live-sessions', () => {
    let listProgram: string;
    let late: LiveSession, early: LiveSession, middle: LiveSession;
    beforeAll(async () => {
      listProgram = await t.program([
        [trainer, 'trainer'],
        [mentee, 'mentee'],
      ]);
      late = await t.session(trainer, listProgram, { title: 'Spät', inMinutes: 10 * 24 * 60 });
      early = await t.session(trainer, listProgram, { title: 'Früh', inMinutes: 24 * 60 });
      middle = await t.session(trainer, listProgram, { title: 'Mitte', inMinutes: 5 * 24 * 60 });
    });
    const list = (who: TestPerson | null, query = '') => as(who, 'get', `/api/programs/${listProgram}/live-sessions${query}`);

    it('answers {items,total} by start, canModerate per caller', async () => {
      const forTrainer = await list(trainer);
      expect(forTrainer.status).toBe(200);
      expect(forTrainer.body.total).toBe(3);
      expect(forTrainer.body.items.map((s: LiveSession) => s.title)).toEqual(['Früh', 'Mitte', 'Spät']);
      expect(forTrainer.body.items.every((s: LiveSession) => s.canModerate)).toBe(true);
      const forMentee = await list(mentee);
      expect(forMentee.body.items.map((s: LiveSession) => [s.id, s.canModerate])).toEqual([
        [early.id, false],
        [middle.id, false],
        [late.id, false],
      ]);
      expect((await list(admin)).body.items.every((s: LiveSession) => s.canModerate)).toBe(true);
    });

    it('limits to sessions overlapping ?from&to', async () => {
      const from = new Date(new Date(middle.startsAt).getTime() + 30 * 60_000).toISOString(); // inside Mitte
      const to = new Date(late.startsAt).toISOString(); // Spät starts at `to`: outside
      const res = await list(mentee, `?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
      expect(res.body.items.map((s: LiveSession) => s.title)).toEqual(['Mitte']);
      expect((await list(mentee, `?from=${encodeURIComponent(late.endsAt)}`)).body).toEqual({ items: [], total: 0 });
    });

    it('refuses a malformed or reversed window (400), outsiders and other programs (404)', async () => {
      expect((await list(mentee, '?from=gestern')).body).toMatchObject({ statusCode: 400, code: 'validation_failed' });
      const reversed = await list(mentee, `?from=${encodeURIComponent(late.startsAt)}&to=${encodeURIComponent(early.startsAt)}`);
      expect(reversed.body).toMatchObject({ statusCode: 400, code: 'validation_failed', fields: { to: expect.any(String) } });
      expect((await list(outsider)).status).toBe(404);
      expect((await list(otherMentee)).status).toBe(404);
      expect((await list(null)).status).toBe(401);
    });
  });

  describe('GET, PATCH, DELETE /live-sessions/:sessionId', () => {
    it('shows a session to members (404 for outsiders, other programs and malformed ids)', async () => {
      const s = await t.session(trainer, programId);
      expect((await as(mentee, 'get', `/api/live-sessions/${s.id}`)).body).toMatchObject({ id: s.id, canModerate: false });
      expect((await as(coordinator, 'get', `/api/live-sessions/${s.id}`)).body).toMatchObject({ id: s.id, canModerate: true });
      expect((await as(admin, 'get', `/api/live-sessions/${s.id}`)).body.canModerate).toBe(true);
      for (const who of [outsider, otherMentee]) {
        const res = await as(who, 'get', `/api/live-sessions/${s.id}`);
        expect(res.status).toBe(404);
        expect(res.body.message).toMatch(/Live-Seminar gibt es nicht/);
      }
      expect((await as(trainer, 'get', `/api/live-sessions/kaputt`)).status).toBe(404);
      expect((await as(trainer, 'get', `/api/live-sessions/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    });

    it('lets moderators change a scheduled session; a moved start gets new jobs', async () => {
      const s = await t.session(trainer, programId, { inMinutes: 2 * 24 * 60 });
      const newStart = new Date(new Date(s.startsAt).getTime() + 60 * 60_000);
      const res = await as(coordinator, 'patch', `/api/live-sessions/${s.id}`, {
        title: 'Neuer Titel',
        startsAt: newStart.toISOString(),
        moduleId,
        trainerIds: [trainer2.id],
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        title: 'Neuer Titel',
        startsAt: newStart.toISOString(),
        moduleId,
        trainers: [{ userId: trainer2.id, displayName: 'Tom Trainer' }],
        durationMinutes: 60,
      });
      const ids = (await t.liveQueue().getDelayed()).map((j) => j.id);
      expect(ids).toContain(`live-reminder-${s.id}-day-${newStart.getTime()}`);
      expect(ids).toContain(`live-reminder-${s.id}-day-${new Date(s.startsAt).getTime()}`); // the stale one stays and will no-op
      // Clearing the module; a partial change keeps the rest.
      const cleared = await as(trainer, 'patch', `/api/live-sessions/${s.id}`, { moduleId: null });
      expect(cleared.body).toMatchObject({ moduleId: null, title: 'Neuer Titel', startsAt: newStart.toISOString() });
    });

    it('refuses participants (403), outsiders (404), bad changes (400/422)', async () => {
      const s = await t.session(trainer, programId);
      expect((await as(mentee, 'patch', `/api/live-sessions/${s.id}`, { title: 'x' })).status).toBe(403);
      expect((await as(mentor, 'patch', `/api/live-sessions/${s.id}`, { title: 'x' })).status).toBe(403);
      expect((await as(otherMentee, 'patch', `/api/live-sessions/${s.id}`, { title: 'x' })).status).toBe(404);
      expect((await as(trainer, 'patch', `/api/live-sessions/${s.id}`, { durationMinutes: 1 })).status).toBe(400);
      expect((await as(trainer, 'patch', `/api/live-sessions/${s.id}`, { startsAt: minutesFromNow(-60).toISOString() })).body.code).toBe(
        LiveErrorCode.StartsInPast,
      );
      expect((await as(trainer, 'patch', `/api/live-sessions/${s.id}`, { moduleId: otherModuleId })).body.code).toBe(
        LiveErrorCode.InvalidModule,
      );
      expect((await as(trainer, 'patch', `/api/live-sessions/${s.id}`, { trainerIds: [mentor.id] })).body.code).toBe(
        LiveErrorCode.InvalidTrainers,
      );
      expect((await as(trainer, 'get', `/api/live-sessions/${s.id}`)).body.title).toBe('Live-Seminar');
    });

    it('deletes a scheduled session (moderators, 204); participants 403', async () => {
      const s = await t.session(trainer, programId);
      expect((await as(mentee, 'delete', `/api/live-sessions/${s.id}`)).status).toBe(403);
      expect((await as(outsider, 'delete', `/api/live-sessions/${s.id}`)).status).toBe(404);
      expect((await as(trainer2, 'delete', `/api/live-sessions/${s.id}`)).status).toBe(204);
      expect((await as(trainer, 'get', `/api/live-sessions/${s.id}`)).status).toBe(404);
      expect((await as(trainer, 'delete', `/api/live-sessions/${s.id}`)).status).toBe(404);
    });
  });

  describe('start and end', () => {
    it('starts from 15 minutes before the start (not earlier), idempotently, and pushes session:status', async () => {
      const early = await t.session(trainer, programId, { inMinutes: 60 });
      const tooEarly = await as(trainer, 'post', `/api/live-sessions/${early.id}/start`);
      expect(tooEarly.status).toBe(422);
      expect(tooEarly.body).toMatchObject({ code: LiveErrorCode.SessionNotOpen, message: expect.stringMatching(/frühestens 15 Minuten/) });

      const s = await t.session(trainer, programId, { inMinutes: 10 });
      expect((await as(mentee, 'post', `/api/live-sessions/${s.id}/start`)).status).toBe(403);
      expect((await as(mentor, 'post', `/api/live-sessions/${s.id}/start`)).status).toBe(403);
      expect((await as(otherMentee, 'post', `/api/live-sessions/${s.id}/start`)).status).toBe(404);
      const started = await as(trainer, 'post', `/api/live-sessions/${s.id}/start`);
      expect(started.status).toBe(200);
      expect(started.body).toMatchObject({ status: 'live', startedAt: expect.any(String) });
      const again = await as(coordinator, 'post', `/api/live-sessions/${s.id}/start`);
      expect(again.body).toMatchObject({ status: 'live', startedAt: started.body.startedAt });
      expect(await t.statusPushes(s.id)).toEqual([{ rooms: [`live-session:${s.id}`], payload: { sessionId: s.id, status: 'live' } }]);

      // A live session cannot be edited or deleted any more.
      expect((await as(trainer, 'patch', `/api/live-sessions/${s.id}`, { title: 'x' })).body).toMatchObject({
        statusCode: 409,
        code: LiveErrorCode.NotScheduled,
      });
      expect((await as(trainer, 'delete', `/api/live-sessions/${s.id}`)).status).toBe(409);

      expect((await as(mentee, 'post', `/api/live-sessions/${s.id}/end`)).status).toBe(403);
      const ended = await as(trainer2, 'post', `/api/live-sessions/${s.id}/end`);
      expect(ended.body).toMatchObject({ status: 'ended', endedAt: expect.any(String) });
      expect((await t.statusPushes(s.id)).map((p) => p.payload.status)).toEqual(['live', 'ended']);
      // Ending again answers the ended session (no second push); starting it again is a rule (422).
      expect((await as(trainer, 'post', `/api/live-sessions/${s.id}/end`)).body.endedAt).toBe(ended.body.endedAt);
      expect((await t.statusPushes(s.id)).length).toBe(2);
      expect((await as(trainer, 'post', `/api/live-sessions/${s.id}/start`)).body).toMatchObject({
        statusCode: 422,
        code: LiveErrorCode.SessionEnded,
      });
      expect((await as(trainer, 'patch', `/api/live-sessions/${s.id}`, { title: 'x' })).status).toBe(409);
    });

    it('refuses to start once the planned end has passed, and ends a scheduled session directly', async () => {
      const s = await t.session(trainer, programId, { inMinutes: 10 });
      await t.sql(`UPDATE live_session SET starts_at = now() - interval '2 hours' WHERE id = $1`, [s.id]);
      expect((await as(trainer, 'post', `/api/live-sessions/${s.id}/start`)).body).toMatchObject({
        statusCode: 422,
        code: LiveErrorCode.SessionNotOpen,
      });
      const ended = await as(coordinator, 'post', `/api/live-sessions/${s.id}/end`);
      expect(ended.body).toMatchObject({ status: 'ended', startedAt: null });
    });
  });

  describe('archived program', () => {
    it('is read-only: create, change, delete and start answer 422 program_archived; ending still works', async () => {
      const archivedProgram = await t.program([
        [trainer, 'trainer'],
        [mentee, 'mentee'],
      ]);
      const soon = await t.session(trainer, archivedProgram, { inMinutes: 10 });
      const later = await t.session(trainer, archivedProgram);
      await t.archive(archivedProgram);
      const archived = { statusCode: 422, code: 'program_archived' };
      expect((await create(trainer, valid(), archivedProgram)).body).toMatchObject(archived);
      expect((await create(admin, valid(), archivedProgram)).body).toMatchObject(archived);
      expect((await as(trainer, 'patch', `/api/live-sessions/${later.id}`, { title: 'x' })).body).toMatchObject(archived);
      expect((await as(trainer, 'delete', `/api/live-sessions/${later.id}`)).body).toMatchObject(archived);
      expect((await as(trainer, 'post', `/api/live-sessions/${soon.id}/start`)).body).toMatchObject(archived);
      expect((await as(mentee, 'get', `/api/live-sessions/${later.id}`)).status).toBe(200);
      expect((await as(trainer, 'post', `/api/live-sessions/${soon.id}/end`)).body.status).toBe('ended');
    });
  });
});
