/*
 * The daily digest mail for trainers and coordinators (German, like every mail of eCampus so far):
 * which hand-ins arrived since yesterday and still wait for a review, with a link to the review queue.
 */

/** One waiting hand-in as the mail names it. */
export interface DigestItem {
  assignmentTitle: string;
  moduleTitle: string;
  mentorName: string;
  menteeName: string;
  versionCount: number;
  lastSubmittedAt: Date;
}

export interface ReviewDigestMailInput {
  to: string;
  displayName: string;
  programTitle: string;
  /** Where the reviewer starts (the program's review queue in the web app). */
  link: string;
  items: DigestItem[];
  timeZone: string;
}

export interface RenderedDigestMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** More than this many hand-ins are summed up in one line: the mail stays readable, the web app has the list. */
export const DIGEST_MAX_ITEMS = 30;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** Line breaks and other control characters of names and titles become spaces (one item, one line). */
const oneLine = (s: string) => s.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim();

const when = (d: Date, timeZone: string) =>
  new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(d);

/** "„Aufgabe“ (Modul „…“), Tandem A & B, eingereicht am … Uhr (2. Fassung)" */
function describe(item: DigestItem, timeZone: string): { what: string; detail: string } {
  const what = `„${oneLine(item.assignmentTitle)}“ (Modul „${oneLine(item.moduleTitle)}“)`;
  const version = item.versionCount > 1 ? `, ${item.versionCount}. Fassung` : '';
  const detail = `Tandem ${oneLine(item.mentorName)} & ${oneLine(item.menteeName)}, eingereicht am ${when(item.lastSubmittedAt, timeZone)} Uhr${version}`;
  return { what, detail };
}

export function renderReviewDigestMail(m: ReviewDigestMailInput): RenderedDigestMail {
  const n = m.items.length;
  const program = oneLine(m.programTitle);
  const subject = `${n === 1 ? 'Eine neue Abgabe wartet' : `${n} neue Abgaben warten`} auf Durchsicht – „${program}“`;
  const shown = m.items.slice(0, DIGEST_MAX_ITEMS).map((item) => describe(item, m.timeZone));
  const more = n - shown.length;
  const intro = `in den letzten 24 Stunden ${n === 1 ? 'ist eine Abgabe' : `sind ${n} Abgaben`} im Programm „${program}“ eingegangen, die noch auf Ihre Durchsicht ${n === 1 ? 'wartet' : 'warten'}:`;
  const moreLine = more > 0 ? `… und ${more} weitere.` : null;
  const outro = 'Sie erhalten diese Übersicht einmal am Tag, wenn neue Abgaben warten.';
  const text = [
    `Hallo ${oneLine(m.displayName)},`,
    '',
    intro,
    '',
    ...shown.map((s) => `- ${s.what}\n  ${s.detail}`),
    ...(moreLine ? [moreLine] : []),
    '',
    `Zur Durchsicht: ${m.link}`,
    '',
    outro,
    '',
    'Viele Grüße',
    'Ihr eCampus-Team',
  ].join('\n');
  const html = [
    `<p>Hallo ${escapeHtml(oneLine(m.displayName))},</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    '<ul>',
    ...shown.map((s) => `<li><strong>${escapeHtml(s.what)}</strong><br>${escapeHtml(s.detail)}</li>`),
    '</ul>',
    ...(moreLine ? [`<p>${escapeHtml(moreLine)}</p>`] : []),
    `<p><a href="${escapeHtml(m.link)}">Zur Durchsicht</a></p>`,
    `<p>${escapeHtml(outro)}</p>`,
    '<p>Viele Grüße<br>Ihr eCampus-Team</p>',
  ].join('\n');
  return { to: m.to, subject, text, html };
}
