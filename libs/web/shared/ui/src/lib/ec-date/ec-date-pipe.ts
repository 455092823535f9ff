import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18nService } from '@ecampus/web/shared/util-i18n';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * `{{ '2027-03-01' | ecDate }}` → "1. März 2027" / "1 March 2027" in the current language;
 * `{{ session.lastUsedAt | ecDate: 'withTime' }}` → "20. November 2026, 14:05" (local time).
 * Dates (`YYYY-MM-DD`) are calendar days: formatted in UTC so no time zone shifts them.
 * Impure like the `t` pipe, so a language switch re-renders it.
 */
@Pipe({ name: 'ecDate', pure: false })
export class EcDatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: string | null | undefined, style: 'long' | 'short' | 'withTime' = 'long'): string {
    if (!value) return '';
    const isDateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
    const date = new Date(isDateOnly ? `${value}T00:00:00Z` : value);
    if (Number.isNaN(date.getTime())) return value;
    const locale = this.i18n.language() === 'de' ? 'de-DE' : 'en-GB';
    const key = `${locale}|${style}|${isDateOnly}`;
    let formatter = formatters.get(key);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: style === 'short' ? '2-digit' : 'long',
        year: 'numeric',
        ...(style === 'withTime' && !isDateOnly ? { hour: '2-digit', minute: '2-digit' } : {}),
        ...(isDateOnly ? { timeZone: 'UTC' } : {}),
      });
      formatters.set(key, formatter);
    }
    return formatter.format(date);
  }
}
