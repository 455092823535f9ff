import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { formatCountdown } from './countdown';

/**
 * Above the stage while she is in a breakout room (a visiting moderator too): which room, the time
 * left, "Hilfe anfordern" (participants; pressed again it takes the call back) or "Zurück in den
 * Hauptraum" (moderators), and the latest message to all rooms.
 */
@Component({
  selector: 'ec-breakout-banner',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './breakout-banner.html',
  styleUrl: './breakout-banner.css',
})
export class BreakoutBanner {
  readonly roomName = input.required<string>();
  /** Seconds until the rooms close. */
  readonly remaining = input<number | null>(null);
  readonly moderator = input(false);
  /** Someone in her room called for help and no moderator has come yet. */
  readonly helpRequested = input(false);
  /** The latest moderator's message to all rooms. */
  readonly broadcast = input<string | null>(null);
  readonly busy = input(false);
  /** She calls for help (true) or takes the call back (false). */
  readonly help = output<boolean>();
  /** A moderator goes back to the main room. */
  readonly back = output<void>();

  protected readonly countdown = computed(() => {
    const remaining = this.remaining();
    return remaining === null ? null : formatCountdown(remaining);
  });
}
