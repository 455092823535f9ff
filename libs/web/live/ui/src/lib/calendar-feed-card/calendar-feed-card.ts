import { Clipboard } from '@angular/cdk/clipboard';
import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { CalendarFeed } from '@ecampus/shared/contracts';
import { EcDatePipe } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/**
 * "Kalender abonnieren": the caller's private iCal address right after it was made (read-only
 * field with a copy button; the API keeps only its hash, so it is shown once), later only that one
 * exists, or a button to make one; renew and revoke. Presentational: the page asks before renewing or
 * revoking and calls the API; `copied` says whether the copy worked.
 */
@Component({
  selector: 'ec-live-calendar-feed-card',
  imports: [NgTemplateOutlet, MatButtonModule, TranslatePipe, EcDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './calendar-feed-card.html',
  styleUrl: './calendar-feed-card.css',
})
export class LiveCalendarFeedCard {
  private readonly clipboard = inject(Clipboard);

  readonly feed = input.required<CalendarFeed>();
  /** A request runs: the buttons wait. */
  readonly busy = input(false);
  readonly create = output<void>();
  readonly renew = output<void>();
  readonly revoke = output<void>();
  readonly copied = output<boolean>();

  protected copy(url: string): void {
    this.copied.emit(this.clipboard.copy(url));
  }
}
