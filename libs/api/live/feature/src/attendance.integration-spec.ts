import { DataSource, type EntitySubscriberInterface } from 'typeorm';
import { createTestApi, signAccessToken, type TestApi } from '@ecampus/api/platform/testing';
import { AttendanceEntrySchema, AttendanceSummarySchema, type AttendanceSummary, type ProgramRole } from '@ecampus/shared/contracts';
import { AttendanceRecorder } from './lib/attendance/attendance-recorder';
import { LiveAttendanceModule } from './lib/attendance/live-attendance.module';
import { LiveAttendanceService } from './lib/attendance/live-attendance.service';
import { LiveClock } from './lib/session';

/**
 * Attendance (issue 9, item 3) against the real API and PostgreSQL: stays written by the room's
 * AttendanceRecorder with explicit times (join, leave, reconnect within and after the grace period,
 * two tabs, a dead process, the waiting room), the list and its CSV, the program summary by ratio,
 * who may see what, and that both cost the same few statements whatever the number of people.
 * People, programs and sessions are rows written with SQL (their routes belong to other domains/parts);
 * the domain's clock (LiveClock) is set per test.
 */

interface Person {
  id: string;
  auth: string;
}

/** 08:00 UTC (10:00 in Berlin, summer time) on 1 April 2027, `week` weeks later, plus `m` minutes and `s` seconds. */
const at = (m: number, s = 0, week = 0) => new Date(Date.UTC(2027, 3, 1 + 7 * week, 8, 0, 0) + m * 60_000 + s * 1000);

describe('live attendance (real PostgreSQL)', () => {
  let t: TestApi;
  let recorder: AttendanceRecorder;
  let clock: LiveClock;
  let counter = 0;

  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> => t.db.dataSource.query(query, params);
  const get = (who: Person, url: string) => t.http().get(url).set('Authorization', who.auth);

  async function person(name: string, isAdmin = false): Promise<Person> {
    counter += 1;
    const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${counter}@test.example`;
    const [user] = await sql<{ id: string }>(`INSERT INTO app_user (email, display_name, is_admin) VALUES ($1, $2, $3) RETURNING id`, [
      email,
      name,
      isAdmin,
    ]);
    const { auth } = await signAccessToken(t.app, { id: user.id, email, isAdmin });
    return { id: user.id, auth };
  }

  async function program(members: [Person, ProgramRole][]): Promise<string> {
    const [row] = await sql<{ id: string }>(
      `INSERT INTO program (title, mode, starts_on, ends_on) VALUES ('Testprogramm', 'reverse', '2027-03-01', '2027-12-15') RETURNING id`,
    );
    for (const [member, role] of members)
      await sql(`INSERT INTO program_member (program_id, user_id, role) VALUES ($1, $2, $3)`, [row.id, member.id, role]);
    return row.id;
  }

  /** A session row as the schedule part leaves it: scheduled, live (started) or ended. */
  async function session(programId: string, title: string, startsAt: Date, startedAt: Date | null, endedAt: Date | null): Promise<string> {
    const status = endedAt ? 'ended' : startedAt ? 'live' : 'scheduled';
    const [row] = await sql<{ id: string }>(
      `INSERT INTO live_session (program_id, title, starts_at, duration_minutes, status, started_at, ended_at)
       VALUES ($1, $2, $3, 90, $4, $5, $6) RETURNING id`,
      [programId, title, startsAt, status, startedAt, endedAt],
    );
    return row.id;
  }

  /** A stay as the room records it: join, heartbeats, leave (none: the process died or she is still there). */
  async function stay(sessionId: string, who: Person, joined: Date, left: Date | null, heartbeats: Date[] = []): Promise<void> {
    const id = await recorder.stayStarted(sessionId, who.id, joined);
    for (const beat of heartbeats) await recorder.seen([id], beat);
    if (left) await recorder.stayEnded(id, left);
  }

  beforeAll(async () => {
    t = await createTestApi({ features: [LiveAttendanceModule] });
    recorder = t.app.get(AttendanceRecorder);
    clock = t.app.get(LiveClock);
  });
  // Unless a test sets another time, the domain's clock reads a day long after every session here
  // (the real clock would sit before these 2027 dates and keep every open stay alive).
  beforeEach(() => jest.spyOn(clock, 'now').mockReturnValue(at(0, 0, 10)));
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await t?.close();
  });

  describe('one program with two held seminars and one live now', () => {
    let p: Record<
      'admin' | 'coordinator' | 'trainer' | 'anna' | 'berta' | 'carla' | 'dora' | 'emma' | 'outsider' | 'otherCoordinator',
      Person
    >;
    let programId: string;
    let otherProgramId: string;
    let first: string;
    let second: string;
    let live: string;
    let foreign: string;

    beforeAll(async () => {
      p = {
        admin: await person('Ada Admin', true),
        coordinator: await person('Clara Koordination'),
        trainer: await person('Tina Trainerin'),
        anna: await person('Anna Mentorin'),
        berta: await person('Berta Abgeordnete'),
        carla: await person('Carla Zwei Tabs'),
        dora: await person('Dora Absturz'),
        emma: await person('Emma Abwesend'),
        outsider: await person('Otto Außen'),
        otherCoordinator: await person('Olga Anderswo'),
      };
      programId = await program([
        [p.coordinator, 'coordinator'],
        [p.trainer, 'trainer'],
        [p.anna, 'mentor'],
        [p.berta, 'mentee'],
        [p.carla, 'mentee'],
        [p.dora, 'mentee'],
        [p.emma, 'mentee'],
      ]);
      otherProgramId = await program([[p.otherCoordinator, 'coordinator']]);
      foreign = await session(otherProgramId, 'Anderswo', at(0), at(0), at(60));

      // 1 April, live 10:00–11:30 Berlin (90 minutes).
      first = await session(programId, 'Social Media im Wahlkreis – Grundlagen', at(0), at(0), at(90));
      // The trainer prepares from 9:50 and closes the room a minute after ending: 90 minutes counted.
      await stay(first, p.trainer, at(-10), at(91));
      // Anna waits from 9:55, loses her network at 10:20 and is back 90 s later (within grace): 10:00–11:10, 70 minutes.
      await stay(first, p.anna, at(-5), at(20));
      await stay(first, p.anna, at(21, 30), at(70));
      // Berta leaves at 10:30 and comes back at 10:40 (after the grace period): 25 + 20 minutes.
      await stay(first, p.berta, at(5), at(30));
      await stay(first, p.berta, at(40), at(60));
      // Carla in two tabs, 10:10–10:50 and 10:30–11:20: 70 minutes, counted once.
      await stay(first, p.carla, at(10), at(50));
      await stay(first, p.carla, at(30), at(80));
      // Dora's process died: heartbeats until 10:29, never a leave: 29 minutes.
      await stay(first, p.dora, at(0), null, [at(15), at(29)]);
      // An admin who is no member drops in for 5 minutes.
      await stay(first, p.admin, at(45), at(50));

      // 8 April, live 10:00–11:00 (60 minutes).
      second = await session(programId, 'Pressearbeit', at(0, 0, 1), at(0, 0, 1), at(60, 0, 1));
      await stay(second, p.anna, at(0, 0, 1), at(40, 0, 1));
      await stay(second, p.berta, at(0, 0, 1), at(20, 0, 1));

      // 15 April, live since 10:00 and still running; a session that was never held: neither counts in the summary.
      live = await session(programId, 'Live jetzt', at(0, 0, 2), at(0, 0, 2), null);
      await stay(live, p.anna, at(-2, 0, 2), null, [at(29, 30, 2)]);
      await stay(live, p.berta, at(0, 0, 2), null, [at(10, 0, 2)]);
      const neverHeld = await session(programId, 'Abgesagt', at(0, 0, 3), null, null);
      await sql(`UPDATE live_session SET status = 'ended', ended_at = $2 WHERE id = $1`, [neverHeld, at(0, 0, 3)]);
      await stay(neverHeld, p.emma, at(-10, 0, 3), at(0, 0, 3));
    });

    const list = async (who: Person, sessionId: string, query = '') => {
      const res = await get(who, `/api/live-sessions/${sessionId}/attendance${query}`);
      if (res.status !== 200) throw new Error(`attendance: ${res.status} ${JSON.stringify(res.body)}`);
      return AttendanceEntrySchema.array().parse(res.body);
    };
    const summaryOf = async (who: Person, query = '', id = programId): Promise<AttendanceSummary> => {
      const res = await get(who, `/api/programs/${id}/attendance-summary${query}`);
      if (res.status !== 200) throw new Error(`summary: ${res.status} ${JSON.stringify(res.body)}`);
      return AttendanceSummarySchema.parse(res.body);
    };

    it('lists everyone who was in the room by name, minutes merged and clipped to the live period', async () => {
      for (const who of [p.trainer, p.coordinator, p.admin]) {
        const entries = await list(who, first);
        expect(entries.map((e) => [e.displayName, e.role, e.minutesPresent, e.firstJoinedAt, e.lastLeftAt])).toEqual([
          ['Ada Admin', 'admin', 5, at(45).toISOString(), at(50).toISOString()],
          ['Anna Mentorin', 'mentor', 70, at(-5).toISOString(), at(70).toISOString()],
          ['Berta Abgeordnete', 'mentee', 45, at(5).toISOString(), at(60).toISOString()],
          ['Carla Zwei Tabs', 'mentee', 70, at(10).toISOString(), at(80).toISOString()],
          // The dead process' stay ends at its last heartbeat.
          ['Dora Absturz', 'mentee', 29, at(0).toISOString(), at(29).toISOString()],
          ['Tina Trainerin', 'trainer', 90, at(-10).toISOString(), at(91).toISOString()],
        ]);
        expect(entries[1].userId).toBe(p.anna.id);
      }
    });

    it('counts a live session up to now: present with a recent heartbeat, gone after a minute without one', async () => {
      jest.spyOn(clock, 'now').mockReturnValue(at(30, 0, 2));
      const entries = await list(p.trainer, live);
      expect(entries.map((e) => [e.displayName, e.minutesPresent, e.lastLeftAt])).toEqual([
        ['Anna Mentorin', 30, null],
        ['Berta Abgeordnete', 10, at(10, 0, 2).toISOString()],
      ]);
      // Ten minutes later without heartbeats, Anna's process counts as dead at 10:29:30.
      jest.spyOn(clock, 'now').mockReturnValue(at(40, 0, 2));
      const later = await list(p.trainer, live);
      expect(later.map((e) => [e.minutesPresent, e.lastLeftAt])).toEqual([
        [29, at(29, 30, 2).toISOString()],
        [10, at(10, 0, 2).toISOString()],
      ]);
    });

    it('exports the list as German Excel CSV with Berlin times', async () => {
      const res = await get(p.coordinator, `/api/live-sessions/${first}/attendance?format=csv`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="anwesenheit-Social Media im Wahlkreis _ Grundlagen.csv"; ` +
          `filename*=UTF-8''anwesenheit-Social%20Media%20im%20Wahlkreis%20%E2%80%93%20Grundlagen.csv`,
      );
      expect(res.text.startsWith('\uFEFF')).toBe(true);
      expect(res.text.slice(1).split('\r\n')).toEqual([
        'Name;Rolle;Minuten anwesend;Erster Beitritt;Zuletzt verlassen',
        'Ada Admin;Administration;5;01.04.2027 10:45;01.04.2027 10:50',
        'Anna Mentorin;Mentorin / Mentor;70;01.04.2027 09:55;01.04.2027 11:10',
        'Berta Abgeordnete;Mentee;45;01.04.2027 10:05;01.04.2027 11:00',
        'Carla Zwei Tabs;Mentee;70;01.04.2027 10:10;01.04.2027 11:20',
        'Dora Absturz;Mentee;29;01.04.2027 10:00;01.04.2027 10:29',
        'Tina Trainerin;Trainerin / Referent;90;01.04.2027 09:50;01.04.2027 11:31',
        '',
      ]);
      // While someone is in the room, her last leave is empty; English on request.
      jest.spyOn(clock, 'now').mockReturnValue(at(30, 0, 2));
      const en = await get(p.trainer, `/api/live-sessions/${live}/attendance?format=csv`).set('Accept-Language', 'en');
      expect(en.headers['content-disposition']).toContain(`filename*=UTF-8''attendance-Live%20jetzt.csv`);
      expect(en.text.slice(1).split('\r\n')).toEqual([
        'Name;Role;Minutes present;First joined;Last left',
        'Anna Mentorin;Mentor;30;15.04.2027 09:58;',
        'Berta Abgeordnete;Mentee;10;15.04.2027 10:00;15.04.2027 10:10',
        '',
      ]);
    });

    it('refuses participants (403), outsiders and other programs (404), a bad format (400)', async () => {
      for (const who of [p.berta, p.anna]) {
        const res = await get(who, `/api/live-sessions/${first}/attendance`);
        expect(res.status).toBe(403);
        expect(res.body.code).toBe('forbidden');
        expect((await get(who, `/api/live-sessions/${first}/attendance?format=csv`)).status).toBe(403);
      }
      for (const [who, id] of [
        [p.outsider, first],
        [p.otherCoordinator, first],
        [p.coordinator, foreign],
        [p.trainer, '6d1f3c1e-1111-4222-8333-444455556666'],
        [p.trainer, 'not-an-id'],
      ] as const) {
        const res = await get(who, `/api/live-sessions/${id}/attendance`);
        expect(res.status).toBe(404);
        expect(res.body.code).toBe('not_found');
      }
      for (const query of ['?format=xml', '?format=csv&format=json']) {
        const res = await get(p.trainer, `/api/live-sessions/${first}/attendance${query}`);
        expect(res.status).toBe(400);
        expect(res.body.code).toBe('validation_failed');
      }
      await t.http().get(`/api/live-sessions/${first}/attendance`).expect(401);
      // A session nobody joined has an empty list.
      const empty = await session(programId, 'Leer', at(0, 0, 4), at(0, 0, 4), at(30, 0, 4));
      expect(await list(p.trainer, empty)).toEqual([]);
      await sql(`DELETE FROM live_session WHERE id = $1`, [empty]);
    });

    it('summarises the held sessions per mentor and mentee: attended when present for the ratio of the minutes held', async () => {
      jest.spyOn(clock, 'now').mockReturnValue(at(30, 0, 2));
      const summary = await summaryOf(p.coordinator);
      expect(summary.ratio).toBe(0.5);
      expect(summary.sessions).toEqual([
        { id: first, title: 'Social Media im Wahlkreis – Grundlagen', startsAt: at(0).toISOString(), minutesHeld: 90 },
        { id: second, title: 'Pressearbeit', startsAt: at(0, 0, 1).toISOString(), minutesHeld: 60 },
      ]);
      // Trainers and admins are not in it; Emma, who never came, is.
      expect(summary.people.map((x) => [x.displayName, x.sessionsHeld, x.sessionsAttended, x.minutesPresent, x.share])).toEqual([
        ['Anna Mentorin', 2, 2, 110, 1],
        ['Berta Abgeordnete', 2, 1, 65, 0.5],
        ['Carla Zwei Tabs', 2, 1, 70, 0.5],
        ['Dora Absturz', 2, 0, 29, 0],
        ['Emma Abwesend', 2, 0, 0, 0],
      ]);
      const strict = await summaryOf(p.trainer, '?ratio=0.75');
      expect(strict.ratio).toBe(0.75);
      expect(strict.people.map((x) => [x.displayName, x.sessionsAttended])).toEqual([
        ['Anna Mentorin', 1],
        ['Berta Abgeordnete', 0],
        ['Carla Zwei Tabs', 1],
        ['Dora Absturz', 0],
        ['Emma Abwesend', 0],
      ]);
      // Ratio 0: being there at all; 1: the whole time (nobody but the trainer, who is not a participant).
      expect((await summaryOf(p.admin, '?ratio=0')).people.map((x) => x.sessionsAttended)).toEqual([2, 2, 1, 1, 0]);
      expect((await summaryOf(p.admin, '?ratio=1')).people.map((x) => x.sessionsAttended)).toEqual([0, 0, 0, 0, 0]);
      // The service the certificates domain calls agrees with the route.
      expect(await t.app.get(LiveAttendanceService).summaryOfProgram(programId, 0.5)).toEqual(summary);
    });

    it('gives mentors and mentees their own row only; outsiders 404; a bad ratio 400', async () => {
      for (const [who, row] of [
        [p.anna, ['Anna Mentorin', 2, 110]],
        [p.berta, ['Berta Abgeordnete', 1, 65]],
        [p.emma, ['Emma Abwesend', 0, 0]],
      ] as const) {
        const own = await summaryOf(who);
        expect(own.people.map((x) => [x.displayName, x.sessionsAttended, x.minutesPresent])).toEqual([row]);
        expect(own.sessions).toHaveLength(2);
      }
      for (const who of [p.outsider, p.otherCoordinator]) {
        const res = await get(who, `/api/programs/${programId}/attendance-summary`);
        expect(res.status).toBe(404);
        expect(res.body.code).toBe('not_found');
      }
      // Another program's summary holds none of these people.
      expect((await summaryOf(p.otherCoordinator, '', otherProgramId)).people).toEqual([]);
      for (const query of ['?ratio=1.5', '?ratio=-0.1', '?ratio=abc', '?ratio=', '?ratio=0.5&ratio=0.6', '?ratio=1e0']) {
        const res = await get(p.coordinator, `/api/programs/${programId}/attendance-summary${query}`);
        expect(res.status).toBe(400);
        expect(res.body.code).toBe('validation_failed');
      }
      await get(p.coordinator, `/api/programs/not-an-id/attendance-summary`).expect(404);
    });
  });

  it('costs the same few statements for 3 people as for 300', async () => {
    const trainer = await person('Tina Trainerin');
    const dataSource = t.app.get(DataSource);
    const statements: string[] = [];
    const counter: EntitySubscriberInterface = { beforeQuery: (e) => void statements.push(e.query) };
    dataSource.subscribers.push(counter);

    /** A program with `people` mentees and 3 held sessions, each mentee in each with two stays. */
    async function programOf(people: number): Promise<{ programId: string; sessionId: string }> {
      const programId = await program([[trainer, 'trainer']]);
      const sessionIds: string[] = [];
      for (let week = 0; week < 3; week++)
        sessionIds.push(await session(programId, `Seminar ${week + 1}`, at(0, 0, week), at(0, 0, week), at(60, 0, week)));
      await sql(
        `WITH people AS (
           INSERT INTO app_user (email, display_name)
           SELECT 'p' || n || '.' || $2 || '@test.example', 'Person ' || lpad(n::text, 4, '0') FROM generate_series(1, $3) n RETURNING id)
         INSERT INTO program_member (program_id, user_id, role) SELECT $1, id, 'mentee' FROM people`,
        [programId, programId.slice(0, 8), people],
      );
      await sql(
        `INSERT INTO live_attendance (session_id, user_id, joined_at, left_at, last_seen_at)
         SELECT s.id, m.user_id, s.started_at + make_interval(mins => k * 20), s.started_at + make_interval(mins => k * 20 + 15),
                s.started_at + make_interval(mins => k * 20 + 15)
           FROM live_session s JOIN program_member m ON m.program_id = s.program_id AND m.role = 'mentee', generate_series(0, 1) k
          WHERE s.program_id = $1`,
        [programId],
      );
      return { programId, sessionId: sessionIds[0] };
    }
    const statementsOf = async (url: string) => {
      statements.length = 0;
      const res = await get(trainer, url).expect(200);
      expect(statements.some((q) => q.includes('live_attendance'))).toBe(true);
      return { count: statements.length, body: res.body };
    };

    try {
      const small = await programOf(3);
      const large = await programOf(300);
      const listSmall = await statementsOf(`/api/live-sessions/${small.sessionId}/attendance`);
      const listLarge = await statementsOf(`/api/live-sessions/${large.sessionId}/attendance`);
      expect(listLarge.body).toHaveLength(300);
      expect(listLarge.body[0].minutesPresent).toBe(30);
      // The session and the caller's standing, then the stays: one statement for the attendance itself.
      expect(listLarge.count).toBe(listSmall.count);
      expect(listLarge.count).toBeLessThanOrEqual(4);

      const sumSmall = await statementsOf(`/api/programs/${small.programId}/attendance-summary`);
      const sumLarge = await statementsOf(`/api/programs/${large.programId}/attendance-summary`);
      expect(sumLarge.body.people).toHaveLength(300);
      expect(sumLarge.body.people[0]).toMatchObject({ sessionsHeld: 3, sessionsAttended: 3, minutesPresent: 90, share: 1 });
      // The caller's standing, the held sessions, the participants, their stays.
      expect(sumLarge.count).toBe(sumSmall.count);
      expect(sumLarge.count).toBeLessThanOrEqual(4);
    } finally {
      dataSource.subscribers.splice(dataSource.subscribers.indexOf(counter), 1);
    }
  });
});
