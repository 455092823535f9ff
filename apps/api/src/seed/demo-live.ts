import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LiveScheduleService } from '@ecampus/api/live/feature';
import { ProgramAccessService } from '@ecampus/api/programs/access';
import { localDateString } from '@ecampus/shared/contracts';

interface Caller {
  id: string;
  isAdmin: boolean;
}

/** A demo seminar; `daysFromToday` < 0 is one that took place (with attendance), ≥ 1 one to come. */
type Interval = [from: number, to: number];

interface DemoLiveSession {
  title: string;
  description: string;
  daysFromToday: number;
  durationMinutes: number;
  /** Title of the demo module whose materials are the slides. */
  module: string;
  /** A past seminar's intervals present per demo mentee and mentor (same order as theirs): [from, to] minutes after the start. */
  attendance?: { mentees: Interval[][]; mentors: Interval[][] };
}

/** Seminars start at 18:00 German time, after work, as the programs' seminars do. */
const SEMINAR_HOUR = 18;
const SEMINAR_TIME_ZONE = 'Europe/Berlin';

export const DEMO_LIVE_SESSIONS: DemoLiveSession[] = [
  {
    title: 'Auftakt: Die eigene Facebook-Seite',
    description: 'Wir legen gemeinsam Seiten an, klären Impressum und Datenschutz und beantworten Ihre Fragen.',
    daysFromToday: -14,
    durationMinutes: 90,
    module: 'Die eigene Facebook-Seite',
    // Someone late with a lost connection, someone who left early.
    attendance: {
      mentees: [
        [[0, 90]],
        [
          [10, 55],
          [58, 90],
        ],
        [[0, 20]],
      ],
      mentors: [[[0, 90]], [[0, 90]], [[5, 90]]],
    },
  },
  {
    title: 'Instagram-Stories für den Wahlkreis – Praxisstunde',
    description: 'Wir drehen eine Story aus dem Gemeinderat: Bild, Text, Umfrage-Sticker. Bitte das Handy mitbringen.',
    daysFromToday: 2,
    durationMinutes: 90,
    module: 'Instagram-Stories für den Wahlkreis',
  },
  {
    title: 'Sicher im Netz: Fragestunde zu Hassrede',
    description: 'Was tun bei Hasskommentaren? Melden, dokumentieren, anzeigen – mit Zeit für Ihre Fälle.',
    daysFromToday: 9,
    durationMinutes: 60,
    module: 'Sicher im Netz: Hassrede und Datenschutz',
  },
];

/**
 * The demo seminars, written by the trainer where missing (by title): the coming ones through the
 * schedule service (so their reminders are queued like any other), the past one as demo history
 * straight in the tables (the service refuses a start in the past), with attendance intervals
 * so the attendance list and the program's summary have something to show. Returns how many
 * were created.
 */
export async function seedLiveSessions(
  ctx: INestApplicationContext,
  programId: string,
  trainer: Caller,
  people: { mentees: Caller[]; mentors: Caller[] },
): Promise<number> {
  const access = await ctx.get(ProgramAccessService, { strict: false }).accessOf(trainer, programId);
  if (access.archived) return 0;
  const db = ctx.get(DataSource, { strict: false });
  const schedule = ctx.get(LiveScheduleService, { strict: false });
  const existing: { title: string }[] = await db.query(`SELECT title FROM live_session WHERE program_id = $1`, [programId]);
  const modules: { id: string; title: string }[] = await db.query(`SELECT id, title FROM curriculum_module WHERE program_id = $1`, [
    programId,
  ]);
  let created = 0;
  for (const demo of DEMO_LIVE_SESSIONS) {
    if (existing.some((s) => s.title === demo.title)) continue;
    const moduleId = modules.find((m) => m.title === demo.module)?.id ?? null;
    const startsAt = atSeminarHour(demo.daysFromToday);
    created += 1;
    if (demo.daysFromToday > 0) {
      await schedule.create(access, {
        title: demo.title,
        description: demo.description,
        startsAt: startsAt.toISOString(),
        durationMinutes: demo.durationMinutes,
        moduleId,
      });
      continue;
    }
    await db.transaction(async (tx) => {
      const endedAt = new Date(startsAt.getTime() + (demo.durationMinutes + 2) * 60_000);
      const [{ id }]: { id: string }[] = await tx.query(
        `INSERT INTO live_session (program_id, module_id, title, description, starts_at, duration_minutes, status, started_at, ended_at, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'ended', $5, $7, $8, $5::timestamptz - interval '7 days') RETURNING id`,
        [programId, moduleId, demo.title, demo.description, startsAt, demo.durationMinutes, endedAt, trainer.id],
      );
      await tx.query(`INSERT INTO live_session_trainer (session_id, user_id) VALUES ($1, $2)`, [id, trainer.id]);
      const at = (minutes: number) => new Date(startsAt.getTime() + minutes * 60_000);
      const present: [Caller, Interval[]][] = [
        [trainer, [[0, demo.durationMinutes + 2]]],
        ...people.mentees.map((m, i): [Caller, Interval[]] => [m, demo.attendance?.mentees[i] ?? []]),
        ...people.mentors.map((m, i): [Caller, Interval[]] => [m, demo.attendance?.mentors[i] ?? []]),
      ];
      for (const [person, intervals] of present) {
        for (const [from, to] of intervals) {
          await tx.query(
            `INSERT INTO live_attendance (session_id, user_id, joined_at, left_at, last_seen_at) VALUES ($1, $2, $3, $4, $4)`,
            [id, person.id, at(from), at(to)],
          );
        }
      }
    });
  }
  return created;
}

/** 18:00 in Germany, `days` from today. */
function atSeminarHour(days: number): Date {
  const asUtc = new Date(`${localDateString(days)}T${String(SEMINAR_HOUR).padStart(2, '0')}:00:00Z`);
  const offset = new Intl.DateTimeFormat('en-US', { timeZone: SEMINAR_TIME_ZONE, timeZoneName: 'shortOffset' })
    .formatToParts(asUtc)
    .find((p) => p.type === 'timeZoneName')?.value;
  const hours = Number(/GMT([+-]\d+)/.exec(offset ?? '')?.[1] ?? 1);
  return new Date(asUtc.getTime() - hours * 3_600_000);
}
