import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * Messages of a form that belong to no single field (from the server's `message`, or `fields`
 * entries without a matching control), announced to screen readers as they appear.
 */
@Component({
  selector: 'ec-form-messages',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (message of messages(); track $index) {
      <p class="form-error" role="alert" [attr.data-testid]="testId() || null">{{ message }}</p>
    }
  `,
  styles: `
    .form-error {
      color: var(--mat-sys-error, #b3261e);
      margin: 0.25rem 0 0.5rem;
    }
  `,
})
export class FormMessagesComponent {
  readonly messages = input.required<readonly string[]>();
  readonly testId = input<string>('');
}
