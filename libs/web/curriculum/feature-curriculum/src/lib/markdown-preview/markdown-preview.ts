import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { CurriculumApi } from '@ecampus/web/curriculum/data-access';
import { Loading } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';

/** How long typing pauses before the preview is asked for. */
export const PREVIEW_DEBOUNCE_MS = 400;

type Preview = { state: 'empty' } | { state: 'loading' } | { state: 'failed' } | { state: 'ready'; html: string };

/**
 * The live preview of Markdown being written (a lesson's text, an assignment's instructions): the
 * server renders and sanitises it (`POST /api/programs/:programId/lesson-preview`) once typing
 * pauses; this only shows it. Its heading is an h3 (below the editor page's h2).
 */
@Component({
  selector: 'ec-markdown-preview',
  imports: [Loading, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './markdown-preview.html',
  styleUrl: './markdown-preview.css',
})
export class MarkdownPreview {
  private readonly api = inject(CurriculumApi);

  readonly programId = input.required<string>();
  readonly markdown = input.required<string>();
  /** `data-testid` of the preview (`…-html` on the rendered HTML) and prefix of its heading's id. */
  readonly testId = input('markdown-preview');

  protected readonly preview = signal<Preview>({ state: 'empty' });

  constructor() {
    toObservable(this.markdown)
      .pipe(
        map((text) => text.trim()),
        debounceTime(PREVIEW_DEBOUNCE_MS),
        distinctUntilChanged(),
        switchMap((text) => {
          if (!text) return of<Preview>({ state: 'empty' });
          this.preview.set({ state: 'loading' });
          return this.api.previewLesson(this.programId(), text).pipe(
            map((html): Preview => ({ state: 'ready', html })),
            catchError(() => of<Preview>({ state: 'failed' })),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((preview) => this.preview.set(preview));
  }
}
