import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/**
 * "Nach oben" / "nach unten" for one item of an ordered list: the keyboard's (and a screen
 * reader's) way to reorder, next to drag and drop. Emits -1 or +1.
 */
@Component({
  selector: 'ec-reorder-buttons',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reorder-buttons.html',
  styleUrl: './reorder-buttons.css',
})
export class ReorderButtons {
  /** The item's title, for the buttons' names ("„Facebook“ nach oben"). */
  readonly title = input.required<string>();
  readonly index = input.required<number>();
  readonly count = input.required<number>();
  readonly move = output<-1 | 1>();
}
