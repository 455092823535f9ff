import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { Icon, type IconName } from '../icon/icon';

/** A calm "nothing here yet" block with an optional explanation and projected actions. */
@Component({
  selector: 'ec-empty-state',
  imports: [Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './empty-state.html',
  styleUrl: './empty-state.css',
})
export class EmptyState {
  readonly heading = input.required<string>();
  readonly text = input<string>('');
  readonly icon = input<IconName>('program');
}
