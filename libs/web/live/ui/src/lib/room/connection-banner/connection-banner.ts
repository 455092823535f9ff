import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/**
 * The connection notice above the room: while the socket is down (socket.io reconnects by itself)
 * and, for a moment, once it is back. Always in the DOM as a live region, so screen readers hear
 * both changes.
 */
@Component({
  selector: 'ec-connection-banner',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './connection-banner.html',
  styleUrl: './connection-banner.css',
  host: { role: 'status', 'aria-live': 'polite' },
})
export class ConnectionBanner {
  readonly state = input.required<'none' | 'lost' | 'restored'>();
}
