import { ChangeDetectionStrategy, Component, computed, effect, input, output, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatRadioModule } from '@angular/material/radio';
import type { LivePoll, LivePollResults } from '@ecampus/shared/contracts';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { PollResults } from '../poll-results/poll-results';

/** The open poll as the panel shows it: my vote and how many voted so far. */
export type OpenPollView = LivePoll & { myVote: number | null; votes: number };

/**
 * The poll tab: moderators start a poll (the page opens the dialog), see how many voted and end
 * it; participants choose an option and vote, and may change their vote while it is open. After
 * the end everyone sees the results.
 */
@Component({
  selector: 'ec-poll-panel',
  imports: [MatButtonModule, MatRadioModule, TranslatePipe, PollResults],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './poll-panel.html',
  styleUrl: './poll-panel.css',
})
export class PollPanel {
  readonly poll = input.required<OpenPollView | null>();
  readonly results = input<LivePollResults | null>(null);
  readonly moderator = input(false);
  readonly busy = input(false);
  readonly openPoll = output<void>();
  readonly closePoll = output<void>();
  readonly vote = output<number>();

  protected readonly choice = signal<number | null>(null);

  /**
   * Changes only with another poll or her recorded vote. The room hands in a new poll object on
   * every room update (presence, chat), which must not wipe a choice she has not sent yet.
   */
  private readonly pollAndVote = computed(() => {
    const poll = this.poll();
    return poll ? `${poll.id}:${poll.myVote}` : null;
  });

  constructor() {
    // A new poll (or her vote arriving from another tab) presets the choice.
    effect(() => {
      this.pollAndVote();
      untracked(() => this.choice.set(this.poll()?.myVote ?? null));
    });
  }

  protected submitVote(): void {
    const choice = this.choice();
    if (choice !== null) this.vote.emit(choice);
  }
}
