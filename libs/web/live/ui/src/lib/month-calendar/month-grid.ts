/*
 * The month calendar's arithmetic, in the browser's time zone: weeks start on Monday (as in
 * Germany and the United Kingdom, the app's two locales). A month is written `YYYY-MM`.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of a local date. */
export function dayKey(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The month (`YYYY-MM`) of an instant, in local time. */
export function monthOf(instant: number | Date): string {
  const d = new Date(instant);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
}

/** Whether `value` is a month `YYYY-MM` (years 1900–2999). */
export function isMonth(value: string | null | undefined): value is string {
  return !!value && /^(19|2\d)\d{2}-(0[1-9]|1[0-2])$/.test(value);
}

function parse(month: string): { year: number; index: number } {
  const [year, m] = month.split('-').map(Number);
  return { year, index: m - 1 };
}

/** The month `n` months after `month` (negative: before). */
export function addMonths(month: string, n: number): string {
  const { year, index } = parse(month);
  return monthOf(new Date(year, index + n, 1));
}

/** The first day of the month (local midnight). */
export function firstDayOf(month: string): Date {
  const { year, index } = parse(month);
  return new Date(year, index, 1);
}

/** The weeks shown for a month: from the Monday on or before its first day to the Sunday on or after its last, 7 days each. */
export function monthGrid(month: string): Date[][] {
  const { year, index } = parse(month);
  const first = new Date(year, index, 1);
  const last = new Date(year, index + 1, 0);
  // getDay(): Sunday 0 … Saturday 6; days back to Monday:
  const start = new Date(year, index, 1 - ((first.getDay() + 6) % 7));
  const weeks: Date[][] = [];
  let cursor = start;
  while (cursor <= last) {
    const week: Date[] = [];
    for (let i = 0; i < 7; i++) {
      week.push(cursor);
      cursor = new Date(cursor.getFullYear(), cursor.getMonth(), cursor.getDate() + 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/** The instants the grid covers (its first Monday 00:00 up to the day after its last Sunday), for `?from=&to=`. */
export function gridWindow(month: string): { from: string; to: string } {
  const weeks = monthGrid(month);
  const first = weeks[0][0];
  const last = weeks[weeks.length - 1][6];
  const end = new Date(last.getFullYear(), last.getMonth(), last.getDate() + 1);
  return { from: first.toISOString(), to: end.toISOString() };
}
