/*
 * The reminder mail of a live session (German, like every mail of eCampus so far: accounts keep no
 * language), the day before and 15 minutes before the start, with the link to the room.
 */

export interface ReminderMailInput {
  to: string;
  displayName: string;
  kind: 'day' | 'soon';
  sessionTitle: string;
  programTitle: string;
  moduleTitle: string | null;
  startsAt: Date;
  durationMinutes: number;
  /** The session's page in the web app (join button from 15 minutes before the start). */
  link: string;
  timeZone: string;
}

export interface RenderedReminderMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** Line breaks and other control characters of names and titles become spaces (a subject is one line). */
const oneLine = (s: string) => s.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim();

const format = (d: Date, timeZone: string, opts: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('de-DE', { ...opts, timeZone }).format(d);

export function renderReminderMail(m: ReminderMailInput): RenderedReminderMail {
  const title = oneLine(m.sessionTitle);
  const program = oneLine(m.programTitle);
  const day = format(m.startsAt, m.timeZone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const time = format(m.startsAt, m.timeZone, { hour: '2-digit', minute: '2-digit' });
  const subject =
    m.kind === 'day'
      ? `Erinnerung: Live-Seminar „${title}“ morgen um ${time} Uhr`
      : `Gleich geht es los: Live-Seminar „${title}“ um ${time} Uhr`;
  const intro =
    m.kind === 'day'
      ? `morgen findet im Programm „${program}“ das Live-Seminar „${title}“ statt.`
      : `in 15 Minuten beginnt im Programm „${program}“ das Live-Seminar „${title}“. Sie können den Raum jetzt schon betreten.`;
  const details = [
    `Wann: ${day}, ${time} Uhr (${m.durationMinutes} Minuten)`,
    ...(m.moduleTitle ? [`Modul: ${oneLine(m.moduleTitle)}`] : []),
  ];
  const text = [
    `Hallo ${oneLine(m.displayName)},`,
    '',
    intro,
    '',
    ...details,
    '',
    `Zum Live-Seminar: ${m.link}`,
    '',
    'Viele Grüße',
    'Ihr eCampus-Team',
  ].join('\n');
  const html = [
    `<p>Hallo ${escapeHtml(oneLine(m.displayName))},</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    `<p>${details.map(escapeHtml).join('<br>')}</p>`,
    `<p><a href="${escapeHtml(m.link)}">Zum Live-Seminar</a></p>`,
    '<p>Viele Grüße<br>Ihr eCampus-Team</p>',
  ].join('\n');
  return { to: m.to, subject, text, html };
}
