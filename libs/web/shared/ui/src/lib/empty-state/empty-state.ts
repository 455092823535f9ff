import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { Icon, type IconName } from '../icon/icon';

/** A calm "nothing here yet" block with an optional explanation and projected actions. */
@Component({
  selector: 'ec-empty-state',
  imports: [Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ec-icon class="empty-icon" [name]="icon()" />
    <h2 class="empty-title">{{ heading() }}</h2>
    @if (text()) {
      <p class="empty-text">{{ text() }}</p>
    }
    <ng-content />
  `,
  styles: `
    :host { display: flex; flex-direction: column; align-items: center; text-align: center; gap: 8px; padding: 32px 16px; color: var(--mat-sys-on-surface-variant); }
    .empty-icon { width: 48px; height: 48px; color: var(--mat-sys-primary); }
    .empty-title { margin: 0; font: var(--mat-sys-title-large); color: var(--mat-sys-on-surface); }
    .empty-text { margin: 0; max-width: 48ch; font: var(--mat-sys-body-large); }
  `,
})
export class EmptyState {
  readonly heading = input.required<string>();
  readonly text = input<string>('');
  readonly icon = input<IconName>('program');
}
