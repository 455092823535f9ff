import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormGroup, NonNullableFormBuilder, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { LESSON_LIMITS, WebUrlSchema, type CreateLessonRequest } from '@ecampus/shared/contracts';
import { LessonStore } from '@ecampus/web/curriculum/data-access';
import { formSubmit } from '@ecampus/web/shared/data-access';
import { ConfirmDialog, EmptyState, FORM_KIT, Loading } from '@ecampus/web/shared/ui';
import { I18nService, TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { MarkdownPreview } from '../markdown-preview/markdown-preview';
import { curriculumLinks, programIdOfRoute } from '../program-id';

const webUrl = (control: { value: string }) =>
  !control.value.trim() || WebUrlSchema.safeParse(control.value).success ? null : { url: true };

/**
 * The lesson editor (staff), for a new lesson (`lektionen/neu`) and an existing one
 * (`lektionen/:lessonId/bearbeiten`): title, minutes, video address and the Markdown text with a
 * live preview (MarkdownPreview: the server renders and sanitises it).
 */
@Component({
  selector: 'ec-lesson-editor-page',
  imports: [FORM_KIT, MatButtonModule, RouterLink, Loading, EmptyState, MarkdownPreview, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './lesson-editor-page.html',
  styleUrl: './lesson-editor-page.css',
})
export class LessonEditorPage {
  protected readonly store = inject(LessonStore);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  /** From the route (component input binding); no lessonId: a new lesson. */
  readonly moduleId = input.required<string>();
  readonly lessonId = input<string>();
  protected readonly programId = programIdOfRoute();
  protected readonly moduleLink = computed(() => curriculumLinks.module(this.programId(), this.moduleId()));
  protected readonly isNew = computed(() => !this.lessonId());
  protected readonly limits = LESSON_LIMITS;

  readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(LESSON_LIMITS.title.max)]],
    estimatedMinutes: [
      '',
      [Validators.pattern(/^\d*$/), Validators.min(LESSON_LIMITS.estimatedMinutes.min), Validators.max(LESSON_LIMITS.estimatedMinutes.max)],
    ],
    videoUrl: ['', [Validators.maxLength(LESSON_LIMITS.videoUrl.max), webUrl]],
    body: ['', [Validators.maxLength(LESSON_LIMITS.body.max)]],
  });
  protected readonly submission = formSubmit(this.form);
  private readonly deleting = formSubmit(new FormGroup({}));
  /** The form was filled from the loaded lesson. */
  protected readonly filled = signal(false);

  /** The text as typed, for the preview. */
  protected readonly body = toSignal(this.form.controls.body.valueChanges, { initialValue: this.form.controls.body.value });

  constructor() {
    effect(() => {
      const lessonId = this.lessonId();
      untracked(() => {
        this.filled.set(false);
        if (lessonId) void this.store.load(lessonId);
      });
    });
    effect(() => {
      const lesson = this.store.lesson();
      if (!lesson || this.filled() || lesson.id !== this.lessonId()) return;
      untracked(() => {
        this.form.setValue({
          title: lesson.title,
          estimatedMinutes: lesson.estimatedMinutes === null ? '' : String(lesson.estimatedMinutes),
          videoUrl: lesson.videoUrl ?? '',
          body: lesson.body,
        });
        this.filled.set(true);
      });
    });
  }

  submit(): Promise<boolean> {
    const v = this.form.getRawValue();
    const body: CreateLessonRequest = {
      title: v.title.trim(),
      body: v.body,
      videoUrl: v.videoUrl.trim() || null,
      estimatedMinutes: v.estimatedMinutes.trim() ? Number(v.estimatedMinutes) : null,
    };
    return this.submission.run(async () => {
      const lesson = await this.store.save(this.moduleId(), body);
      this.snackBar.open(this.i18n.t('curriculum.lessonEditor.saved'), undefined, { duration: 4000 });
      await this.router.navigate(curriculumLinks.lesson(this.programId(), this.moduleId(), lesson.id));
    });
  }

  protected async remove(): Promise<void> {
    const done = await ConfirmDialog.open(this.dialog, {
      heading: this.i18n.t('curriculum.lessonEditor.deleteTitle'),
      text: this.i18n.t('curriculum.lessonEditor.deleteText', { title: this.store.lesson()?.title ?? '' }),
      confirmLabel: this.i18n.t('curriculum.lessonEditor.deleteConfirm'),
      busyLabel: this.i18n.t('curriculum.lessonEditor.deleteBusy'),
      confirmTestId: 'lesson-delete-confirm',
      submission: this.deleting,
      confirm: () => this.deleting.run(() => this.store.remove()),
    });
    if (!done) return;
    this.snackBar.open(this.i18n.t('curriculum.lessonEditor.deleted'), undefined, { duration: 4000 });
    await this.router.navigate(this.moduleLink());
  }
}
