import { attachmentDisposition, foldLine, icsCalendar, icsDateTime, icsFileName, icsText } from './ics';

// ical.js 1.5 ships no types: the little we use of it.
const ICAL = require('ical.js') as {
  parse(text: string): unknown;
  Component: new (jcal: unknown) => {
    getAllSubcomponents(name: string): { getFirstPropertyValue(name: string): { toString(): string } | string }[];
    getFirstPropertyValue(name: string): string;
  };
};

const now = new Date('2027-02-20T08:00:00Z');

describe('icsText', () => {
  it('escapes backslash, semicolon, comma and line breaks (RFC 5545 3.3.11)', () => {
    expect(icsText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('turns other control characters into spaces', () => {
    expect(icsText('a\u0000b\u0007c')).toBe('a b c');
  });
});

describe('foldLine', () => {
  const octets = (s: string) => Buffer.byteLength(s, 'utf8');

  it('leaves a line of 75 octets alone and folds the 76th onto a continuation line', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('never splits a multi-byte character and keeps every line within 75 octets', () => {
    const line = `SUMMARY:${'ä€😀'.repeat(40)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part).not.toContain('\uFFFD');
    }
    // Unfolding (drop CRLF + one space) gives the line back.
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});

describe('icsCalendar', () => {
  const event = {
    uid: '6f1c0c8e-1d2b-4c3a-9e8f-0a1b2c3d4e5f@ecampus',
    start: new Date('2027-03-01T17:00:00Z'),
    end: new Date('2027-03-01T18:30:00Z'),
    summary: 'Kommunalpolitik, Teil 1; Haushalt & Co.',
    description: `Zeile eins\nZeile zwei mit Backslash \\ und ${'sehr langem Text '.repeat(10)}`,
    url: 'https://campus.example.org/programme/p/live/s',
  };

  it('writes CRLF lines, folded, and parses back with an iCalendar library', () => {
    const text = icsCalendar([event], { now, name: 'eCampus' });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);

    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('eCampus');
    const [vevent] = calendar.getAllSubcomponents('vevent');
    expect(String(vevent.getFirstPropertyValue('uid'))).toBe(event.uid);
    expect(String(vevent.getFirstPropertyValue('summary'))).toBe(event.summary);
    expect(String(vevent.getFirstPropertyValue('description'))).toBe(event.description);
    expect(vevent.getFirstPropertyValue('dtstart').toString()).toBe('2027-03-01T17:00:00Z');
    expect(vevent.getFirstPropertyValue('dtend').toString()).toBe('2027-03-01T18:30:00Z');
    expect(vevent.getFirstPropertyValue('dtstamp').toString()).toBe('2027-02-20T08:00:00Z');
    expect(String(vevent.getFirstPropertyValue('url'))).toBe(event.url);
  });

  it('writes an empty calendar without events', () => {
    const calendar = new ICAL.Component(ICAL.parse(icsCalendar([], { now })));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(0);
  });

  it('formats instants in UTC', () => {
    expect(icsDateTime(new Date('2027-03-01T17:05:09.123Z'))).toBe('20270301T170509Z');
  });
});

describe('file names', () => {
  it('keeps the title, without characters file systems refuse', () => {
    expect(icsFileName('Haushalt: Teil 1/2?')).toBe('Haushalt Teil 1 2.ics');
    expect(icsFileName(' *** ')).toBe('Live-Seminar.ics');
  });

  it('gives an ASCII filename and the UTF-8 filename*', () => {
    expect(attachmentDisposition('Bürgerhaushalt.ics')).toBe(
      `attachment; filename="Burgerhaushalt.ics"; filename*=UTF-8''B%C3%BCrgerhaushalt.ics`,
    );
  });
});
