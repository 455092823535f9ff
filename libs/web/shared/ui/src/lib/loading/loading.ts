import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressSpinner } from '@angular/material/progress-spinner';

/** A spinner with a text that screen readers announce. */
@Component({
  selector: 'ec-loading',
  imports: [MatProgressSpinner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './loading.html',
  styleUrl: './loading.css',
  host: { role: 'status', 'aria-live': 'polite', 'data-testid': 'loading' },
})
export class Loading {
  readonly label = input.required<string>();
}
