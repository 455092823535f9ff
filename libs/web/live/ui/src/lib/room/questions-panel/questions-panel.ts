import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { LIVE_ROOM_LIMITS, type LiveQuestion } from '@ecampus/shared/contracts';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** Asks a question; rejects with the server's refusal (shown below the box). */
export type AskQuestion = (text: string) => Promise<unknown>;

const notBlank = (control: AbstractControl<string>): ValidationErrors | null => (control.value.trim() ? null : { required: true });

/**
 * Q&A: ask, upvote (toggle), moderators mark answered. Open questions come sorted by the store
 * (votes, then time); answered ones sit collapsed below.
 */
@Component({
  selector: 'ec-questions-panel',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './questions-panel.html',
  styleUrl: './questions-panel.css',
})
export class QuestionsPanel {
  readonly open = input.required<readonly LiveQuestion[]>();
  readonly answered = input.required<readonly LiveQuestion[]>();
  readonly meId = input.required<string>();
  readonly moderator = input(false);
  readonly askQuestion = input.required<AskQuestion>();
  readonly upvote = output<{ questionId: string; up: boolean }>();
  readonly markAnswered = output<string>();

  protected readonly max = LIVE_ROOM_LIMITS.question.max;
  protected readonly text = new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(this.max)] });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected votedByMe(question: LiveQuestion): boolean {
    return question.voterIds.includes(this.meId());
  }

  protected async ask(): Promise<void> {
    if (this.busy()) return;
    this.error.set(null);
    if (this.text.invalid) {
      this.text.markAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      await this.askQuestion()(this.text.value.trim());
      this.text.reset('');
    } catch (e) {
      this.error.set(e instanceof Error ? e.message : String(e));
    } finally {
      this.busy.set(false);
    }
  }
}
