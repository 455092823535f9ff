import { renderReminderMail } from './live-reminder-mail';
import { staleness } from './live-reminders.service';
import { planJobs } from './live-session-jobs';

const MINUTE = 60_000;
const startsAt = new Date('2027-03-10T17:00:00Z');
const session = { id: 's1', startsAt, durationMinutes: 90, status: 'scheduled' as const };

describe('planJobs', () => {
  it('plans both reminders and the auto-end of a session far ahead, ids naming session, kind and instant', () => {
    const now = new Date(startsAt.getTime() - 3 * 24 * 60 * MINUTE);
    const jobs = planJobs(session, 30, now);
    expect(jobs.map((j) => [j.job.name, j.jobId, j.delay])).toEqual([
      ['LiveSessionReminderJob', `live-reminder-s1-day-${startsAt.getTime()}`, 2 * 24 * 60 * MINUTE],
      ['LiveSessionReminderJob', `live-reminder-s1-soon-${startsAt.getTime()}`, 3 * 24 * 60 * MINUTE - 15 * MINUTE],
      ['LiveSessionAutoEndJob', `live-auto-end-s1-${startsAt.getTime() + 90 * MINUTE}`, 3 * 24 * 60 * MINUTE + 120 * MINUTE],
    ]);
  });

  it('skips reminders whose time has passed, and all reminders once live; nothing for an ended session', () => {
    const hourBefore = new Date(startsAt.getTime() - 60 * MINUTE);
    expect(planJobs(session, 30, hourBefore).map((j) => j.jobId)).toEqual([
      `live-reminder-s1-soon-${startsAt.getTime()}`,
      `live-auto-end-s1-${startsAt.getTime() + 90 * MINUTE}`,
    ]);
    expect(planJobs({ ...session, status: 'live' }, 30, hourBefore).map((j) => j.job.name)).toEqual(['LiveSessionAutoEndJob']);
    expect(planJobs({ ...session, status: 'ended' }, 30, hourBefore)).toEqual([]);
  });

  it('runs an overdue auto-end at once', () => {
    const late = new Date(startsAt.getTime() + 5 * 60 * MINUTE);
    expect(planJobs({ ...session, status: 'live' }, 30, late)).toEqual([expect.objectContaining({ delay: 0 })]);
  });
});

describe('staleness of a reminder', () => {
  const row = { status: 'scheduled' as const, startsAt, programArchived: false };
  const before = new Date(startsAt.getTime() - 15 * MINUTE);

  it('sends for the planned start of a scheduled session that has not begun', () => {
    expect(staleness(row, startsAt.getTime(), before)).toBeNull();
  });

  it('skips a session gone, moved, started, no longer scheduled, or of an archived program', () => {
    expect(staleness(null, startsAt.getTime(), before)).toBe('gone');
    expect(staleness(row, startsAt.getTime() - MINUTE, before)).toBe('moved');
    expect(staleness({ ...row, status: 'live' }, startsAt.getTime(), before)).toBe('not-scheduled');
    expect(staleness(row, startsAt.getTime(), startsAt)).toBe('started');
    expect(staleness({ ...row, programArchived: true }, startsAt.getTime(), before)).toBe('archived');
  });
});

describe('renderReminderMail', () => {
  const input = {
    to: 'mona@example.org',
    displayName: 'Mona <Mentee>',
    kind: 'day' as const,
    sessionTitle: 'Haushalt\nverstehen',
    programTitle: 'Digital vor Ort',
    moduleTitle: 'Finanzen',
    startsAt,
    durationMinutes: 90,
    link: 'https://campus.example.org/programme/p/live/s',
    timeZone: 'Europe/Berlin',
  };

  it('names the day, the local time and the link; titles on one line; HTML escaped', () => {
    const mail = renderReminderMail(input);
    expect(mail.subject).toBe('Erinnerung: Live-Seminar „Haushalt verstehen“ morgen um 18:00 Uhr');
    expect(mail.text).toContain('Wann: Mittwoch, 10. März 2027, 18:00 Uhr (90 Minuten)');
    expect(mail.text).toContain('Modul: Finanzen');
    expect(mail.text).toContain('Zum Live-Seminar: https://campus.example.org/programme/p/live/s');
    expect(mail.html).toContain('Hallo Mona &lt;Mentee&gt;,');
    expect(mail.html).not.toContain('<Mentee>');
  });

  it('says the room is open 15 minutes before', () => {
    const mail = renderReminderMail({ ...input, kind: 'soon', moduleTitle: null });
    expect(mail.subject).toBe('Gleich geht es los: Live-Seminar „Haushalt verstehen“ um 18:00 Uhr');
    expect(mail.text).toContain('in 15 Minuten beginnt');
    expect(mail.text).not.toContain('Modul:');
  });
});
