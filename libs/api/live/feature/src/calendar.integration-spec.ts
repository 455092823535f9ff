import { createTestApi } from '@ecampus/api/platform/testing';
import { LiveModule } from './lib/live.module';
import { withScheduleFixtures, type ScheduleTestApi, type TestPerson } from './testing/schedule-fixtures';

// ical.js 1.5 ships no types: the little we use of it.
const ICAL = require('ical.js') as {
  parse(text: string): unknown;
  Component: new (jcal: unknown) => IcalComponent;
};
interface IcalComponent {
  getAllSubcomponents(name: string): IcalComponent[];
  getFirstPropertyValue(name: string): { toString(): string } | string;
}

const PUBLIC_URL = 'https://campus.example.org';

/** The parsed VEVENTs of a calendar text: UID, SUMMARY, DTSTART, DTEND, DESCRIPTION, URL. */
function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    name: calendar.getFirstPropertyValue('x-wr-calname')?.toString() ?? null,
    events: calendar.getAllSubcomponents('vevent').map((e) => ({
      uid: String(e.getFirstPropertyValue('uid')),
      summary: String(e.getFirstPropertyValue('summary')),
      start: e.getFirstPropertyValue('dtstart').toString(),
      end: e.getFirstPropertyValue('dtend').toString(),
      description: String(e.getFirstPropertyValue('description')),
      url: String(e.getFirstPropertyValue('url')),
    })),
  };
}

const utc = (iso: string) => iso.replace(/\.\d{3}Z$/, 'Z');

/**
 * Calendars of live sessions through the real API (real PostgreSQL): the `.ics` of a session and
 * the private feed — both parsed back with an iCalendar library; a revoked or replaced feed token
 * is refused; the feed lists only the person's programs.
 */
describe('live sessions: calendars (real PostgreSQL + Redis)', () => {
  let t: ScheduleTestApi;
  let trainer: TestPerson, mentee: TestPerson, otherMentee: TestPerson, outsider: TestPerson;
  let programId: string, otherProgramId: string;

  beforeAll(async () => {
    t = withScheduleFixtures(await createTestApi({ features: [LiveModule], env: { PUBLIC_URL } }));
    [trainer, mentee, otherMentee, outsider] = await Promise.all([
      t.person('Tina Trainerin'),
      t.person('Mona Mentee'),
      t.person('Olga Anderswo'),
      t.person('Otto Außen'),
    ]);
    programId = await t.program(
      [
        [trainer, 'trainer'],
        [mentee, 'mentee'],
      ],
      'Digital vor Ort 2027',
    );
    otherProgramId = await t.program(
      [
        [trainer, 'trainer'],
        [otherMentee, 'mentee'],
      ],
      'Anderes Programm',
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('GET /live-sessions/:sessionId/ics', () => {
    it('answers one VEVENT that parses back, as an attachment named after the title', async () => {
      const s = await t.session(trainer, programId, {
        title: 'Haushalt; Teil 1, Grundlagen – Öffentliche Finanzen',
        description: 'Zeile eins\nZeile zwei mit \\ Backslash',
      });
      const res = await t
        .http()
        .get(`/api/live-sessions/${s.id}/ics`)
        .set('Authorization', mentee.auth)
        .buffer(true)
        .parse((r, cb) => {
          let text = '';
          r.setEncoding('utf8');
          r.on('data', (c: string) => (text += c));
          r.on('end', () => cb(null, text));
        });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(res.headers['content-disposition']).toContain('attachment;');
      expect(res.headers['content-disposition']).toContain(
        `filename*=UTF-8''${encodeURIComponent('Haushalt; Teil 1, Grundlagen – Öffentliche Finanzen.ics')}`,
      );
      const text = res.body as string;
      expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
      for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      const link = `${PUBLIC_URL}/programme/${programId}/live/${s.id}`;
      expect(events(text).events).toEqual([
        {
          uid: `${s.id}@ecampus`,
          summary: s.title,
          start: utc(s.startsAt),
          end: utc(s.endsAt),
          description: `Zeile eins\nZeile zwei mit \\ Backslash\nProgramm: Digital vor Ort 2027\nLeitung: Tina Trainerin\nZum Live-Seminar: ${link}`,
          url: link,
        },
      ]);
    });

    it('is for members only: outsiders and other programs 404, no token 401', async () => {
      const s = await t.session(trainer, programId);
      expect((await t.http().get(`/api/live-sessions/${s.id}/ics`).set('Authorization', outsider.auth)).status).toBe(404);
      expect((await t.http().get(`/api/live-sessions/${s.id}/ics`).set('Authorization', otherMentee.auth)).status).toBe(404);
      expect((await t.http().get(`/api/live-sessions/${s.id}/ics`)).status).toBe(401);
      expect((await t.http().get(`/api/live-sessions/kaputt/ics`).set('Authorization', mentee.auth)).status).toBe(404);
    });
  });

  describe('private calendar feed', () => {
    const feedPath = (url: string) => new URL(url).pathname;
    const fetchFeed = (url: string) =>
      t
        .http()
        .get(feedPath(url))
        .buffer(true)
        .parse((r, cb) => {
          let text = '';
          r.setEncoding('utf8');
          r.on('data', (c: string) => (text += c));
          r.on('end', () => cb(null, text));
        });

    it('is none at first; POST makes an address (shown once), GET then tells since when', async () => {
      const person = await t.person('Neu Person');
      expect((await t.http().get('/api/me/calendar-feed').set('Authorization', person.auth)).body).toEqual({ url: null, createdAt: null });
      const made = await t.http().post('/api/me/calendar-feed').set('Authorization', person.auth);
      expect(made.status).toBe(201);
      expect(made.body.url).toMatch(new RegExp(`^${PUBLIC_URL}/api/calendar-feeds/[A-Za-z0-9_-]{43}\\.ics$`));
      expect(made.body.createdAt).toEqual(expect.any(String));
      expect((await t.http().get('/api/me/calendar-feed').set('Authorization', person.auth)).body).toEqual({
        url: null,
        createdAt: made.body.createdAt,
      });
      // Only the token's SHA-256 is stored.
      const token = /feeds\/(.+)\.ics$/.exec(made.body.url)?.[1] as string;
      const [row] = await t.sql<{ token_hash: string }>(`SELECT token_hash FROM calendar_feed WHERE user_id = $1`, [person.id]);
      expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.token_hash).not.toContain(token);
      expect((await t.http().get('/api/me/calendar-feed')).status).toBe(401);
    });

    it('lists, without login, the sessions of her programs only (not ended or ended in the last 30 days)', async () => {
      const mine = await t.session(trainer, programId, { title: 'Meins' });
      const recentlyEnded = await t.session(trainer, programId, { title: 'Neulich' });
      const longAgo = await t.session(trainer, programId, { title: 'Längst vorbei' });
      const others = await t.session(trainer, otherProgramId, { title: 'Fremd' });
      await t.sql(`UPDATE live_session SET status = 'ended', ended_at = now() - interval '3 days' WHERE id = $1`, [recentlyEnded.id]);
      await t.sql(`UPDATE live_session SET status = 'ended', ended_at = now() - interval '40 days' WHERE id = $1`, [longAgo.id]);

      const made = await t.http().post('/api/me/calendar-feed').set('Authorization', mentee.auth);
      const res = await fetchFeed(made.body.url);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
      const parsed = events(res.body as string);
      expect(parsed.name).toBe('eCampus');
      const uids = parsed.events.map((e) => e.uid);
      expect(uids).toContain(`${mine.id}@ecampus`);
      expect(uids).toContain(`${recentlyEnded.id}@ecampus`);
      expect(uids).not.toContain(`${longAgo.id}@ecampus`);
      expect(uids).not.toContain(`${others.id}@ecampus`);
      const event = parsed.events.find((e) => e.uid === `${mine.id}@ecampus`);
      expect(event).toMatchObject({ summary: 'Meins', start: utc(mine.startsAt), end: utc(mine.endsAt) });
      // Every VEVENT is a session of her program.
      const [{ count }] = await t.sql<{ count: string }>(
        `SELECT count(*) FROM live_session WHERE program_id = $1 AND (status <> 'ended' OR ended_at > now() - interval '30 days')`,
        [programId],
      );
      expect(parsed.events).toHaveLength(Number(count));

      // The trainer of both programs sees both.
      const trainerFeed = events(
        (await fetchFeed((await t.http().post('/api/me/calendar-feed').set('Authorization', trainer.auth)).body.url)).body,
      );
      expect(trainerFeed.events.map((e) => e.uid)).toEqual(expect.arrayContaining([`${mine.id}@ecampus`, `${others.id}@ecampus`]));
    });

    it('refuses a replaced or revoked token, and anything that is not a token (404 with a message)', async () => {
      const first = (await t.http().post('/api/me/calendar-feed').set('Authorization', otherMentee.auth)).body.url as string;
      expect((await fetchFeed(first)).status).toBe(200);
      const second = (await t.http().post('/api/me/calendar-feed').set('Authorization', otherMentee.auth)).body.url as string;
      expect(second).not.toBe(first);
      const replaced = await t.http().get(feedPath(first));
      expect(replaced.status).toBe(404);
      expect(replaced.body).toMatchObject({ code: 'not_found', message: expect.stringMatching(/Kalender/) });
      expect((await fetchFeed(second)).status).toBe(200);

      expect((await t.http().delete('/api/me/calendar-feed').set('Authorization', otherMentee.auth)).status).toBe(204);
      expect((await t.http().get(feedPath(second))).status).toBe(404);
      expect((await t.http().get('/api/me/calendar-feed').set('Authorization', otherMentee.auth)).body).toEqual({
        url: null,
        createdAt: null,
      });

      for (const file of ['kaputt', 'kaputt.ics', `${'A'.repeat(43)}.ics`, `${'A'.repeat(43)}.txt`]) {
        expect((await t.http().get(`/api/calendar-feeds/${file}`)).status).toBe(404);
      }
    });

    it('stops working for a deactivated account', async () => {
      const person = await t.person('Bald Weg');
      const url = (await t.http().post('/api/me/calendar-feed').set('Authorization', person.auth)).body.url as string;
      expect((await fetchFeed(url)).status).toBe(200);
      await t.sql(`UPDATE app_user SET active = false WHERE id = $1`, [person.id]);
      expect((await t.http().get(feedPath(url))).status).toBe(404);
    });
  });
});
