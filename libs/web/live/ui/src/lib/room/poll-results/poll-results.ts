import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { LivePollResults } from '@ecampus/shared/contracts';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

export interface PollResultRow {
  option: string;
  count: number;
  /** Whole percent of all votes (0 when nobody voted). */
  percent: number;
}

/** Count and share per option, in the options' order. */
export function pollResultRows(poll: Pick<LivePollResults, 'options' | 'results'>): PollResultRow[] {
  const total = poll.results.reduce((sum, n) => sum + n, 0);
  return poll.options.map((option, i) => {
    const count = poll.results[i] ?? 0;
    return { option, count, percent: total ? Math.round((count * 100) / total) : 0 };
  });
}

/**
 * A closed poll's results: a bar per option with count and percent. The bars are decoration; each
 * row says the same as text ("Ja: 3 Stimmen (60 %)"), so screen readers get everything.
 */
@Component({
  selector: 'ec-poll-results',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './poll-results.html',
  styleUrl: './poll-results.css',
})
export class PollResults {
  readonly results = input.required<LivePollResults>();
  protected readonly rows = computed(() => pollResultRows(this.results()));
  protected readonly total = computed(() => this.results().results.reduce((sum, n) => sum + n, 0));

  protected optionText(index: number): string {
    return this.results().options[index] ?? '';
  }
}
