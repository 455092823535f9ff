const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the date (`YYYY-MM-DD`) and time (`HH:MM`) of the browser's time zone; empty when null. */
export function splitInstant(iso: string | null): { date: string; time: string } {
  if (!iso) return { date: '', time: '' };
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return { date: '', time: '' };
  return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}

/** The instant (ISO, UTC) of a local date and time (midnight without a time); null without a date. */
export function joinInstant(date: string, time: string): string | null {
  if (!date) return null;
  const d = new Date(`${date}T${time || '00:00'}`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
