import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { LiveSession } from '@ecampus/shared/contracts';
import { I18nService, TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { formatLive, liveLocale } from '../live-when/live-when-pipe';
import { addMonths, dayKey, firstDayOf, monthGrid, monthOf } from './month-grid';

interface CalendarDay {
  readonly key: string;
  readonly date: Date;
  readonly number: number;
  readonly inMonth: boolean;
  readonly today: boolean;
  /** "Montag, 1. März 2027" for screen readers. */
  readonly label: string;
  readonly sessions: readonly LiveSession[];
}

/**
 * A month as a table of weeks × days (Monday first) with the sessions as links in the day they
 * start, today marked (`aria-current="date"`), and buttons to the previous and next month and back
 * to this month. Presentational: the page loads the month's sessions when `monthChange` asks.
 */
@Component({
  selector: 'ec-live-month-calendar',
  imports: [MatButtonModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './month-calendar.html',
  styleUrl: './month-calendar.css',
})
export class LiveMonthCalendar {
  private readonly i18n = inject(I18nService);

  /** The shown month, `YYYY-MM`. */
  readonly month = input.required<string>();
  readonly sessions = input.required<readonly LiveSession[]>();
  /** Milliseconds since the epoch: which day is today. */
  readonly now = input.required<number>();
  /** Router commands of the live tab; sessions are below it. */
  readonly baseLink = input.required<readonly unknown[]>();
  readonly monthChange = output<string>();

  private readonly locale = computed(() => liveLocale(this.i18n));
  protected readonly heading = computed(() => formatLive(firstDayOf(this.month()), 'month', this.locale()));
  protected readonly isCurrentMonth = computed(() => monthOf(this.now()) === this.month());
  /** Monday … Sunday, short and long (the column headers). */
  protected readonly weekdays = computed(() => {
    const locale = this.locale();
    // 2024-01-01 was a Monday.
    return Array.from({ length: 7 }, (_, i) => {
      const d = new Date(2024, 0, 1 + i);
      return {
        short: new Intl.DateTimeFormat(locale, { weekday: 'short' }).format(d),
        long: new Intl.DateTimeFormat(locale, { weekday: 'long' }).format(d),
      };
    });
  });

  protected readonly weeks = computed((): CalendarDay[][] => {
    const month = this.month();
    const today = dayKey(new Date(this.now()));
    const locale = this.locale();
    const byDay = new Map<string, LiveSession[]>();
    for (const s of this.sessions()) {
      const key = dayKey(new Date(s.startsAt));
      byDay.set(key, [...(byDay.get(key) ?? []), s]);
    }
    return monthGrid(month).map((week) =>
      week.map((date) => {
        const key = dayKey(date);
        return {
          key,
          date,
          number: date.getDate(),
          inMonth: monthOf(date) === month,
          today: key === today,
          label: formatLive(date, 'weekday', locale),
          sessions: (byDay.get(key) ?? []).sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
        };
      }),
    );
  });

  protected time(session: LiveSession): string {
    return formatLive(session.startsAt, 'time', this.locale());
  }

  protected previous(): void {
    this.monthChange.emit(addMonths(this.month(), -1));
  }

  protected next(): void {
    this.monthChange.emit(addMonths(this.month(), 1));
  }

  protected today(): void {
    this.monthChange.emit(monthOf(this.now()));
  }
}
