import { ChangeDetectionStrategy, Component, booleanAttribute, input } from '@angular/core';
import { Icon } from '../icon/icon';

/**
 * Messages of a form that belong to no single field (from the server's `message`, or `fields`
 * entries without a matching control), announced to screen readers as they appear. `boxed` shows
 * each in a tinted box with an icon (the sign-in pages); `tone="info"` is a calm notice (`status`
 * instead of `alert`).
 */
@Component({
  selector: 'ec-form-messages',
  imports: [Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './form-messages.html',
  styleUrl: './form-messages.css',
})
export class FormMessages {
  readonly messages = input.required<readonly string[]>();
  readonly testId = input<string>('');
  readonly boxed = input(false, { transform: booleanAttribute });
  readonly tone = input<'error' | 'info'>('error');
}
