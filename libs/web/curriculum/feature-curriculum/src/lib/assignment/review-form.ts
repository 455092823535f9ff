import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { MatRadioModule } from '@angular/material/radio';
import { ASSIGNMENT_LIMITS, type ReviewDecision, type Submission } from '@ecampus/shared/contracts';
import { AssignmentStore } from '@ecampus/web/curriculum/data-access';
import { formSubmit } from '@ecampus/web/shared/data-access';
import { FORM_KIT } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/**
 * A reviewer's decision on a waiting submission: "Annehmen" or "Überarbeitung erbitten" with
 * feedback (required for the latter, as the API requires). No confirmation: the decision is
 * chosen explicitly and the page shows the result at once.
 */
@Component({
  selector: 'ec-review-form',
  imports: [FORM_KIT, MatRadioModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-form.html',
  styleUrl: './review-form.css',
})
export class ReviewForm {
  private readonly store = inject(AssignmentStore);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly submission = input.required<Submission>();
  readonly reviewed = output<Submission>();

  protected readonly limits = ASSIGNMENT_LIMITS;
  readonly form = this.fb.group({
    decision: this.fb.control<ReviewDecision | ''>('', [Validators.required]),
    feedback: ['', [Validators.maxLength(ASSIGNMENT_LIMITS.feedback.max)]],
  });
  protected readonly sending = formSubmit(this.form);

  constructor() {
    const { decision, feedback } = this.form.controls;
    decision.valueChanges.pipe(takeUntilDestroyed()).subscribe((value) => {
      const max = Validators.maxLength(ASSIGNMENT_LIMITS.feedback.max);
      feedback.setValidators(value === 'changes_requested' ? [Validators.required, blank, max] : [max]);
      feedback.updateValueAndValidity();
    });
  }

  submit(): Promise<boolean> {
    const v = this.form.getRawValue();
    return this.sending.run(async () => {
      if (!v.decision) return;
      const feedback = v.feedback.trim();
      const submission = await this.store.review(this.submission().id, { decision: v.decision, ...(feedback ? { feedback } : {}) });
      this.reviewed.emit(submission);
    });
  }
}

/** Whitespace alone is no feedback. */
const blank = (control: { value: string }) => (control.value.trim() ? null : { required: true });
