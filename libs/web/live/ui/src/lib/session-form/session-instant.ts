const pad = (n: number) => String(n).padStart(2, '0');

/** `HH:MM`, 00:00–23:59 (what `<input type="time">` gives). */
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** An instant as the date (`YYYY-MM-DD`) and time (`HH:MM`) of the browser's time zone; empty when absent. */
export function splitLocal(iso: string | null | undefined): { date: string; time: string } {
  const d = iso ? new Date(iso) : null;
  if (!d || Number.isNaN(d.getTime())) return { date: '', time: '' };
  return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}

/**
 * The ISO instant, with the browser's offset for that day (`2027-03-01T18:00:00+01:00`), of a local
 * date and time; null when either is missing or malformed. A time that does not exist (the hour
 * skipped when summer time starts) moves forward like the browser's clock does.
 */
export function toInstant(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !TIME_PATTERN.test(time)) return null;
  const d = new Date(`${date}T${time}:00`);
  if (Number.isNaN(d.getTime())) return null;
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:00` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
