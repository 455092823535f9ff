import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Icon } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** "Hand heben", or with the hand up "Hand senken · Platz 2" (her place in the queue; the label says the state). */
@Component({
  selector: 'ec-hand-button',
  imports: [MatButtonModule, Icon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './hand-button.html',
})
export class HandButton {
  /** Her place in the queue (1-based), 0 while the hand is down. */
  readonly position = input.required<number>();
  readonly disabled = input(false);
  /** She wants her hand up (true) or down (false). */
  readonly handChange = output<boolean>();
}
