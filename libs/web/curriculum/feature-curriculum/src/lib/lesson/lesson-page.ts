import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { CurriculumStore, LessonStore } from '@ecampus/web/curriculum/data-access';
import { LessonVideo } from '@ecampus/web/curriculum/ui';
import { readApiError } from '@ecampus/web/shared/data-access';
import { EmptyState, FormMessages, Loading } from '@ecampus/web/shared/ui';
import { I18nService, TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { curriculumLinks, programIdOfRoute } from '../program-id';

/**
 * The lesson reader: the server's sanitised HTML, the video (embedded only from an allowed player),
 * "Als erledigt markieren" for participants, and "Zurück" / "Weiter" to the neighbours. The
 * heading takes the focus when another lesson opens, so keyboard and screen reader users start
 * reading at its top.
 */
@Component({
  selector: 'ec-lesson-page',
  imports: [MatButtonModule, RouterLink, Loading, EmptyState, FormMessages, LessonVideo, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './lesson-page.html',
  styleUrl: './lesson-page.css',
})
export class LessonPage {
  protected readonly store = inject(LessonStore);
  protected readonly curriculum = inject(CurriculumStore);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  /** From the route (component input binding). */
  readonly moduleId = input.required<string>();
  readonly lessonId = input.required<string>();
  protected readonly programId = programIdOfRoute();

  protected readonly moduleLink = computed(() => curriculumLinks.module(this.programId(), this.moduleId()));
  protected readonly previousLink = computed(() => this.neighbour(this.store.lesson()?.previousLessonId));
  protected readonly nextLink = computed(() => this.neighbour(this.store.lesson()?.nextLessonId));
  protected readonly editLink = computed(() => curriculumLinks.editLesson(this.programId(), this.moduleId(), this.lessonId()));
  protected readonly toggling = signal(false);
  protected readonly toggleMessages = signal<readonly string[]>([]);

  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private focusPending = false;

  constructor() {
    effect(() => {
      const lessonId = this.lessonId();
      const programId = this.programId();
      untracked(() => {
        this.toggleMessages.set([]);
        this.focusPending = this.store.loaded();
        void this.curriculum.loadProgram(programId);
        void this.store.load(lessonId);
      });
    });
    effect(() => {
      const heading = this.heading();
      if (heading && this.focusPending && this.store.lesson()?.id === untracked(this.lessonId)) {
        this.focusPending = false;
        heading.nativeElement.focus();
      }
    });
  }

  protected reload(): Promise<void> {
    return this.store.load(this.lessonId());
  }

  protected async toggleCompleted(completed: boolean): Promise<void> {
    this.toggling.set(true);
    this.toggleMessages.set([]);
    try {
      await this.store.setCompleted(completed);
      this.snackBar.open(this.i18n.t(completed ? 'curriculum.lesson.markedDone' : 'curriculum.lesson.markedOpen'), undefined, {
        duration: 3000,
      });
    } catch (e) {
      this.toggleMessages.set([readApiError(e)?.message ?? this.i18n.t('errors.unexpected')]);
    } finally {
      this.toggling.set(false);
    }
  }

  private neighbour(lessonId: string | null | undefined): string[] | null {
    return lessonId ? curriculumLinks.lesson(this.programId(), this.moduleId(), lessonId) : null;
  }
}
