import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18nService } from '@ecampus/web/shared/util-i18n';

/** How a live session's time is shown. */
export type LiveWhenStyle = 'dateTime' | 'time' | 'weekday' | 'month';

const formatters = new Map<string, Intl.DateTimeFormat>();
const OPTIONS: Record<LiveWhenStyle, Intl.DateTimeFormatOptions> = {
  /** "Mo., 1. März 2027, 18:00" */
  dateTime: { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  /** "18:00" */
  time: { hour: '2-digit', minute: '2-digit' },
  /** "Montag, 1. März 2027" */
  weekday: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  /** "März 2027" */
  month: { month: 'long', year: 'numeric' },
};

/** The app language's locale (not the browser's): dates read the same as every other page's. */
export function liveLocale(i18n: I18nService): string {
  return i18n.language() === 'de' ? 'de-DE' : 'en-GB';
}

/** An instant in the browser's time zone, in the app's language. */
export function formatLive(value: string | number | Date, style: LiveWhenStyle, locale: string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const key = `${locale}|${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, OPTIONS[style]);
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}

/**
 * `{{ session.startsAt | liveWhen }}` → "Mo., 1. März 2027, 18:00" / "Mon, 1 March 2027, 18:00"
 * (the browser's time zone). Impure like the `t` pipe, so a language switch re-renders it.
 */
@Pipe({ name: 'liveWhen', pure: false })
export class LiveWhenPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: string | number | Date | null | undefined, style: LiveWhenStyle = 'dateTime'): string {
    if (value === null || value === undefined || value === '') return '';
    return formatLive(value, style, liveLocale(this.i18n));
  }
}
