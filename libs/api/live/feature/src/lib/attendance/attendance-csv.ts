import { PROGRAM_ROLE_LABELS, t, type AttendanceEntry, type ProgramRole } from '@ecampus/shared/contracts';

/*
 * The attendance list as a CSV file for spreadsheets, in the form of curriculum's progress export
 * (a feature may not import another feature, so its helpers are mirrored here): German Excel
 * expects `;` between fields and reads UTF-8 only with a byte order mark; names come from users,
 * so fields are quoted when needed and a leading formula character is neutralised (CSV injection).
 */

const BOM = '\uFEFF';
const SEPARATOR = ';';
const LINE_END = '\r\n';

/** One field: a leading `=`, `+`, `-`, `@`, tab or CR gets a `'`; a field with `;`, `"` or a line break is quoted. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvLine = (fields: readonly string[]): string => fields.map(csvField).join(SEPARATOR);

const BERLIN = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `dd.MM.yyyy HH:mm` in Berlin local time (summer and winter time alike). */
export function berlinDateTime(iso: string | Date): string {
  const parts = Object.fromEntries(BERLIN.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts['day']}.${parts['month']}.${parts['year']} ${parts['hour']}:${parts['minute']}`;
}

/** A role as people read it: the program's labels, "Administration" for an admin who is no member. */
export function attendanceRoleLabel(role: string | null): string {
  if (role === null) return '';
  if (role === 'admin') return t('Administration', 'Administrator');
  const label = PROGRAM_ROLE_LABELS[role as ProgramRole];
  return label ? t(label.de, label.en) : role;
}

/** The list as CSV text (with BOM): Name;Rolle;Minuten anwesend;Erster Beitritt;Zuletzt verlassen (empty while present). */
export function attendanceCsv(entries: readonly AttendanceEntry[]): string {
  const lines = [
    csvLine([
      t('Name', 'Name'),
      t('Rolle', 'Role'),
      t('Minuten anwesend', 'Minutes present'),
      t('Erster Beitritt', 'First joined'),
      t('Zuletzt verlassen', 'Last left'),
    ]),
    ...entries.map((e) =>
      csvLine([
        e.displayName,
        attendanceRoleLabel(e.role),
        String(e.minutesPresent),
        berlinDateTime(e.firstJoinedAt),
        e.lastLeftAt ? berlinDateTime(e.lastLeftAt) : '',
      ]),
    ),
  ];
  return BOM + lines.join(LINE_END) + LINE_END;
}

/** `attachment` with an ASCII fallback name and the exact name in UTF-8 (RFC 6266 / RFC 5987 `filename*`). */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** `anwesenheit-<title>.csv`, without characters file systems refuse. */
export function attendanceFileName(sessionTitle: string): string {
  const title = sessionTitle
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  const prefix = t('anwesenheit', 'attendance');
  return `${title ? `${prefix}-${title}` : prefix}.csv`;
}
