import { programRoleLabel, t, type ProgressCell, type ProgressMatrix } from '@ecampus/shared/contracts';

/*
 * The progress matrix as a CSV file for spreadsheets. German Excel expects `;` between fields and
 * reads UTF-8 only with a byte order mark. Names and titles come from users, so every field is
 * quoted when it needs to be and a leading formula character is neutralised (CSV injection).
 */

const BOM = '\uFEFF';
const SEPARATOR = ';';
const LINE_END = '\r\n';

/**
 * One field: a value a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage
 * return before one) gets a leading `'`; a field with the separator, a quote or a line break is
 * quoted, its quotes doubled.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvLine = (fields: readonly string[]): string => fields.map(csvField).join(SEPARATOR);

/**
 * A cell: "abgeschlossen", else lessons and assignments as "3/4 · 1/1". Both parts always: a bare
 * "3/4" would turn into a date (3 April) in German Excel.
 */
export function progressCellText(cell: ProgressCell, module: { lessonCount: number; assignmentCount: number }): string {
  if (cell.completed) return t('abgeschlossen', 'completed');
  return `${cell.lessonsCompleted}/${module.lessonCount} · ${cell.assignmentsApproved}/${module.assignmentCount}`;
}

/** The matrix as CSV text (with BOM): Name;Rolle;Tandem;<module titles…>;Module abgeschlossen. */
export function progressCsv(matrix: ProgressMatrix): string {
  // A tandem is named by its partners among the rows, mentor first.
  const partners = new Map<string, { mentor?: string; mentee?: string }>();
  for (const row of matrix.rows) {
    if (!row.tandemId) continue;
    const names = partners.get(row.tandemId) ?? {};
    names[row.role] = row.displayName;
    partners.set(row.tandemId, names);
  }
  const tandemName = (tandemId: string | null) => {
    const names = tandemId ? partners.get(tandemId) : undefined;
    return names ? [names.mentor, names.mentee].filter(Boolean).join(' & ') : '';
  };
  const lines = [
    csvLine([
      t('Name', 'Name'),
      t('Rolle', 'Role'),
      t('Tandem', 'Tandem'),
      ...matrix.modules.map((m) => m.title),
      t('Module abgeschlossen', 'Modules completed'),
    ]),
    ...matrix.rows.map((row) =>
      csvLine([
        row.displayName,
        programRoleLabel(row.role),
        tandemName(row.tandemId),
        ...row.cells.map((cell, i) => progressCellText(cell, matrix.modules[i])),
        String(row.modulesCompleted),
      ]),
    ),
  ];
  return BOM + lines.join(LINE_END) + LINE_END;
}

/**
 * `attachment` with the name twice: an ASCII fallback for old clients and the exact name in UTF-8
 * (RFC 6266 / RFC 5987 `filename*`).
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** `Fortschritt <program> <YYYY-MM-DD>.csv`, without characters file systems refuse. */
export function progressFileName(programTitle: string, day: string): string {
  const title = programTitle
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${[t('Fortschritt', 'Progress'), title, day].filter(Boolean).join(' ')}.csv`;
}
