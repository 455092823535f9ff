import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialogRef } from '@angular/material/dialog';
import { LIVE_ROOM_LIMITS, type LivePoll } from '@ecampus/shared/contracts';
import { LiveRoomStore } from '@ecampus/web/live/data-access';
import { formSubmit } from '@ecampus/web/shared/data-access';
import { FORM_KIT } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

const { pollQuestion, pollOptions } = LIVE_ROOM_LIMITS;

/**
 * "Neue Umfrage" (moderators): the question, 2–10 options, anonymous or named. Starting it opens
 * the poll for everyone in the room; a refusal stays in the dialog with the server's words.
 * Opened with the page's injector, so it uses the room's store.
 */
@Component({
  selector: 'ec-poll-dialog',
  imports: [FORM_KIT, MatButtonModule, MatCheckboxModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './poll-dialog.html',
  styleUrl: './poll-dialog.css',
})
export class PollDialog {
  private readonly store = inject(LiveRoomStore);
  private readonly dialogRef = inject<MatDialogRef<PollDialog, LivePoll>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly limits = { question: pollQuestion.max, option: pollOptions.textMax, min: pollOptions.min, max: pollOptions.max };
  readonly form = this.fb.group({
    question: ['', [Validators.required, Validators.pattern(/\S/), Validators.maxLength(pollQuestion.max)]],
    options: this.fb.array([this.option(), this.option()]),
    anonymous: [true],
  });
  protected readonly submission = formSubmit(this.form);

  private option() {
    return this.fb.control('', [Validators.required, Validators.pattern(/\S/), Validators.maxLength(pollOptions.textMax)]);
  }

  protected addOption(): void {
    if (this.form.controls.options.length < pollOptions.max) this.form.controls.options.push(this.option());
  }

  protected removeOption(index: number): void {
    if (this.form.controls.options.length > pollOptions.min) this.form.controls.options.removeAt(index);
  }

  submit(): Promise<boolean> {
    const { question, options, anonymous } = this.form.getRawValue();
    return this.submission.run(async () => {
      const poll = await this.store.openPoll(
        question.trim(),
        options.map((o) => o.trim()),
        anonymous,
      );
      this.dialogRef.close(poll);
    });
  }
}
