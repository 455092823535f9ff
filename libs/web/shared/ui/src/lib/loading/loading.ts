import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressSpinner } from '@angular/material/progress-spinner';

/** A spinner with a text that screen readers announce. */
@Component({
  selector: 'ec-loading',
  imports: [MatProgressSpinner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<mat-spinner diameter="32" aria-hidden="true" /><span>{{ label() }}</span>`,
  styles: `
    :host {
      display: flex;
      align-items: center;
      gap: 1rem;
      padding: 1.5rem 0;
    }
  `,
  host: { role: 'status', 'aria-live': 'polite', 'data-testid': 'loading' },
})
export class Loading {
  readonly label = input.required<string>();
}
