import { DIGEST_MAX_ITEMS, renderReviewDigestMail, type DigestItem } from './review-digest-mail';
import { dailyPattern } from './review-digest.scheduler';
import { dayIn } from './review-digest.service';

const item = (n: number, over: Partial<DigestItem> = {}): DigestItem => ({
  assignmentTitle: `Aufgabe ${n}`,
  moduleTitle: 'Sicher im Netz',
  mentorName: 'Anna Mentorin',
  menteeName: 'Berta Abgeordnete',
  versionCount: 1,
  lastSubmittedAt: new Date('2027-03-01T12:00:00Z'),
  ...over,
});
const mail = (items: DigestItem[]) =>
  renderReviewDigestMail({
    to: 'tina@example.org',
    displayName: 'Tina Trainerin',
    programTitle: 'Digital vor Ort',
    link: 'https://ecampus.example/programme/p/pruefen',
    items,
    timeZone: 'Europe/Berlin',
  });

describe('review digest', () => {
  it('turns HH:MM into a daily cron pattern', () => {
    expect(dailyPattern('07:00')).toBe('0 7 * * *');
    expect(dailyPattern('23:05')).toBe('5 23 * * *');
  });

  it('names the day in the configured zone (a run at 00:30 in Berlin is that day there, the day before in UTC)', () => {
    const at = new Date('2027-03-01T23:30:00Z');
    expect(dayIn(at, 'Europe/Berlin')).toBe('2027-03-02');
    expect(dayIn(at, 'UTC')).toBe('2027-03-01');
  });

  it('speaks of one hand-in in the singular and shows times in the zone', () => {
    const m = mail([item(1)]);
    expect(m.subject).toBe('Eine neue Abgabe wartet auf Durchsicht – „Digital vor Ort“');
    expect(m.text).toContain('ist eine Abgabe im Programm „Digital vor Ort“ eingegangen, die noch auf Ihre Durchsicht wartet:');
    expect(m.text).toContain('eingereicht am 01.03.2027, 13:00 Uhr');
  });

  it('lists at most DIGEST_MAX_ITEMS hand-ins and counts the rest', () => {
    const m = mail(Array.from({ length: DIGEST_MAX_ITEMS + 5 }, (_, i) => item(i + 1)));
    expect(m.subject).toBe(`${DIGEST_MAX_ITEMS + 5} neue Abgaben warten auf Durchsicht – „Digital vor Ort“`);
    expect(m.text.match(/^- „Aufgabe/gm)).toHaveLength(DIGEST_MAX_ITEMS);
    expect(m.text).toContain('… und 5 weitere.');
    expect(m.html.match(/<li>/g)).toHaveLength(DIGEST_MAX_ITEMS);
  });

  it('keeps names on one line and escapes them in HTML', () => {
    const m = mail([item(1, { assignmentTitle: 'Zeile\nzwei <b>fett</b>', mentorName: 'A\r\nB' })]);
    expect(m.text).toContain('- „Zeile zwei <b>fett</b>“');
    expect(m.text).toContain('Tandem A B & Berta');
    expect(m.html).toContain('„Zeile zwei &lt;b&gt;fett&lt;/b&gt;“');
    expect(m.html).not.toContain('<b>');
  });
});
