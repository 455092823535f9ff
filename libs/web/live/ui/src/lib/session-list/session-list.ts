import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { LivePerson, LiveSession } from '@ecampus/shared/contracts';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { JoinButton } from '../join-button/join-button';
import { LiveWhenPipe } from '../live-when/live-when-pipe';
import { LiveStatusChip } from '../status-chip/status-chip';

/**
 * Live sessions as a list: title (a link to the session), start and end in the browser's time
 * zone, duration, module, trainers, status, and the join button while the session is not over.
 */
@Component({
  selector: 'ec-live-session-list',
  imports: [RouterLink, TranslatePipe, LiveWhenPipe, LiveStatusChip, JoinButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-list.html',
  styleUrl: './session-list.css',
})
export class LiveSessionList {
  readonly sessions = input.required<readonly LiveSession[]>();
  /** Milliseconds since the epoch (the page's clock): when join buttons open. */
  readonly now = input.required<number>();
  /** Router commands of the live tab (`/programme/:programId/live`); sessions are below it. */
  readonly baseLink = input.required<readonly unknown[]>();
  /** The list's accessible name ("Kommende Live-Seminare"). */
  readonly label = input.required<string>();
  readonly testId = input('live-session-list');

  protected names(people: readonly LivePerson[]): string {
    return people.map((p) => p.displayName).join(', ');
  }
}
