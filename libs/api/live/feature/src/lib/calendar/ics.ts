/*
 * iCalendar (RFC 5545) text for live sessions: one VEVENT per session, times in UTC. Pure: no I/O,
 * no clock (DTSTAMP comes from the caller); ics.spec.ts tests it alone.
 */

export interface IcsEvent {
  /** Globally unique and stable (a calendar app updates the event it already has). */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  url?: string;
  /** When the event last changed (calendar apps compare it); default: DTSTAMP. */
  lastModified?: Date;
}

export interface IcsCalendarOptions {
  /** DTSTAMP of every event: when this text was made. */
  now: Date;
  /** X-WR-CALNAME (the name a subscribed calendar shows). */
  name?: string;
}

const CRLF = '\r\n';
/** Longest line in octets, without its CRLF (RFC 5545 3.1). */
const MAX_OCTETS = 75;

/** `20270301T170000Z` */
export function icsDateTime(d: Date): string {
  return d
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/**
 * A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, every line break `\n`;
 * other control characters (not allowed in content lines) become spaces.
 */
export function icsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\\n')
    .replace(/[\p{Cc}]/gu, ' ');
}

/**
 * Folds a content line at 75 octets of UTF-8 (RFC 5545 3.1): continuation lines start with one
 * space (which counts toward their 75). Never splits a character's bytes (a code point is kept whole).
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

function eventLines(e: IcsEvent, now: Date): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${icsText(e.uid)}`,
    `DTSTAMP:${icsDateTime(now)}`,
    `LAST-MODIFIED:${icsDateTime(e.lastModified ?? now)}`,
    `DTSTART:${icsDateTime(e.start)}`,
    `DTEND:${icsDateTime(e.end)}`,
    `SUMMARY:${icsText(e.summary)}`,
    ...(e.description ? [`DESCRIPTION:${icsText(e.description)}`] : []),
    // URI values are not TEXT: no escaping; our links carry no line breaks.
    ...(e.url ? [`URL:${e.url.replace(/[\p{Cc}\s]/gu, '')}`] : []),
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

/** A whole VCALENDAR with these events: CRLF line ends, folded lines, ending in CRLF. */
export function icsCalendar(events: IcsEvent[], options: IcsCalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//eCampus//Live-Seminare//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(options.name ? [`X-WR-CALNAME:${icsText(options.name)}`] : []),
    ...events.flatMap((e) => eventLines(e, options.now)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** `<title>.ics` without characters file systems refuse; "Live-Seminar.ics" for a title with nothing left. */
export function icsFileName(title: string): string {
  const base = title
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .trim();
  return `${base || 'Live-Seminar'}.ics`;
}

/** `Content-Disposition: attachment` with an ASCII `filename` and the UTF-8 `filename*` (RFC 6266). */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
