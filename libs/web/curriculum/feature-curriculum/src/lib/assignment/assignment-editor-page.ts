import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormGroup, NonNullableFormBuilder, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatRadioModule } from '@angular/material/radio';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { ASSIGNMENT_LIMITS, type CreateAssignmentRequest, type SubmissionKind } from '@ecampus/shared/contracts';
import { AssignmentStore } from '@ecampus/web/curriculum/data-access';
import { formSubmit } from '@ecampus/web/shared/data-access';
import { ConfirmDialog, EmptyState, FORM_KIT, Loading } from '@ecampus/web/shared/ui';
import { I18nService, TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { MarkdownPreview } from '../markdown-preview/markdown-preview';
import { joinInstant, splitInstant } from '../module/release-instant';
import { curriculumLinks, programIdOfRoute } from '../program-id';

/** A due date without a time means the end of that day. */
export const DEFAULT_DUE_TIME = '23:59';

/**
 * The assignment editor (staff), for a new assignment (`aufgaben/neu`) and an existing one
 * (`aufgaben/:assignmentId/bearbeiten`): title, due date and time, what the tandems hand in, and
 * the instructions in Markdown with the live preview the lesson editor has.
 */
@Component({
  selector: 'ec-assignment-editor-page',
  imports: [FORM_KIT, MatButtonModule, MatRadioModule, RouterLink, Loading, EmptyState, MarkdownPreview, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './assignment-editor-page.html',
  styleUrl: './assignment-editor-page.css',
})
export class AssignmentEditorPage {
  protected readonly store = inject(AssignmentStore);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  /** From the route (component input binding); no assignmentId: a new assignment. */
  readonly moduleId = input.required<string>();
  readonly assignmentId = input<string>();
  protected readonly programId = programIdOfRoute();
  protected readonly moduleLink = computed(() => curriculumLinks.module(this.programId(), this.moduleId()));
  protected readonly isNew = computed(() => !this.assignmentId());
  protected readonly limits = ASSIGNMENT_LIMITS;
  protected readonly kinds: readonly SubmissionKind[] = ['text', 'links', 'files'];
  protected readonly kindKeys = {
    text: 'curriculum.assignmentEditor.kindText',
    links: 'curriculum.assignmentEditor.kindLinks',
    files: 'curriculum.assignmentEditor.kindFiles',
  } as const;

  // Control names follow the request's fields, so the server's field messages land at them.
  readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(ASSIGNMENT_LIMITS.title.max)]],
    dueAt: [''],
    dueTime: ['', [Validators.pattern(/^([01]\d|2[0-3]):[0-5]\d$/)]],
    submissionKind: ['text' as SubmissionKind],
    instructions: ['', [Validators.maxLength(ASSIGNMENT_LIMITS.instructions.max)]],
  });
  protected readonly submission = formSubmit(this.form);
  private readonly deleting = formSubmit(new FormGroup({}));
  /** The form was filled from the loaded assignment. */
  protected readonly filled = signal(false);
  /** The instructions as typed, for the preview. */
  protected readonly instructions = toSignal(this.form.controls.instructions.valueChanges, {
    initialValue: this.form.controls.instructions.value,
  });

  constructor() {
    effect(() => {
      const assignmentId = this.assignmentId();
      untracked(() => {
        this.filled.set(false);
        if (assignmentId) void this.store.load(assignmentId);
      });
    });
    effect(() => {
      const assignment = this.store.assignment();
      if (!assignment || this.filled() || assignment.id !== this.assignmentId()) return;
      untracked(() => {
        const due = splitInstant(assignment.dueAt);
        this.form.setValue({
          title: assignment.title,
          dueAt: due.date,
          dueTime: due.time,
          submissionKind: assignment.submissionKind,
          instructions: assignment.instructions,
        });
        this.filled.set(true);
      });
    });
  }

  submit(): Promise<boolean> {
    const v = this.form.getRawValue();
    const body: CreateAssignmentRequest = {
      title: v.title.trim(),
      instructions: v.instructions,
      dueAt: joinInstant(v.dueAt, v.dueTime || DEFAULT_DUE_TIME),
      submissionKind: v.submissionKind,
    };
    return this.submission.run(async () => {
      const assignment = await this.store.save(this.moduleId(), body);
      this.snackBar.open(this.i18n.t('curriculum.assignmentEditor.saved'), undefined, { duration: 4000 });
      await this.router.navigate(curriculumLinks.assignment(this.programId(), this.moduleId(), assignment.id));
    });
  }

  protected async remove(): Promise<void> {
    const done = await ConfirmDialog.open(this.dialog, {
      heading: this.i18n.t('curriculum.assignmentEditor.deleteTitle'),
      text: this.i18n.t('curriculum.assignmentEditor.deleteText', { title: this.store.assignment()?.title ?? '' }),
      confirmLabel: this.i18n.t('curriculum.assignmentEditor.deleteConfirm'),
      busyLabel: this.i18n.t('curriculum.assignmentEditor.deleteBusy'),
      confirmTestId: 'assignment-delete-confirm',
      submission: this.deleting,
      // The API refuses once a tandem has handed in; its message stays in the dialog.
      confirm: () => this.deleting.run(() => this.store.remove()),
    });
    if (!done) return;
    this.snackBar.open(this.i18n.t('curriculum.assignmentEditor.deleted'), undefined, { duration: 4000 });
    await this.router.navigate(this.moduleLink());
  }
}
