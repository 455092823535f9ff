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
  template: `
    @for (message of messages(); track $index) {
      <p
        [class]="boxed() ? 'form-box ' + tone() : 'form-error'"
        [attr.role]="tone() === 'info' ? 'status' : 'alert'"
        [attr.data-testid]="testId() || null"
      >
        @if (boxed()) {
          <ec-icon name="alert" />
        }
        <span>{{ message }}</span>
      </p>
    }
  `,
  styles: `
    .form-error {
      color: var(--mat-sys-error, #b3261e);
      margin: 0.25rem 0 0.5rem;
    }
    .form-box {
      display: flex;
      gap: 8px;
      align-items: flex-start;
      margin: 0 0 16px;
      padding: 12px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .form-box.info {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
})
export class FormMessages {
  readonly messages = input.required<readonly string[]>();
  readonly testId = input<string>('');
  readonly boxed = input(false, { transform: booleanAttribute });
  readonly tone = input<'error' | 'info'>('error');
}
