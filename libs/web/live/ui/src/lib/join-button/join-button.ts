import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { LiveSession } from '@ecampus/shared/contracts';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { LiveWhenPipe } from '../live-when/live-when-pipe';
import { joinState } from './join-window';

/**
 * "Beitreten": a link into the session's room while it may be entered (joinState), else a
 * disabled button with the time it opens. `now` comes from the page's clock, so it opens by itself.
 */
@Component({
  selector: 'ec-live-join-button',
  imports: [MatButtonModule, RouterLink, TranslatePipe, LiveWhenPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './join-button.html',
  styleUrl: './join-button.css',
})
export class JoinButton {
  readonly session = input.required<LiveSession>();
  /** Milliseconds since the epoch. */
  readonly now = input.required<number>();
  /** Router commands of the room (`…/live/:sessionId/raum`). */
  readonly link = input.required<readonly unknown[]>();
  protected readonly state = computed(() => joinState(this.session(), this.now()));
  protected readonly hintId = computed(() => `live-join-hint-${this.session().id}`);
}
