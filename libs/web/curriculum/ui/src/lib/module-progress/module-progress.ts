import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import type { ModuleProgress as Progress } from '@ecampus/shared/contracts';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/**
 * A participant's progress in a module: a ring and, for everyone (screen readers too), the text
 * "2 von 3 Lektionen" or "Abgeschlossen". The ring itself is decoration (the text says it all).
 */
@Component({
  selector: 'ec-module-progress',
  imports: [MatProgressSpinner, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './module-progress.html',
  styleUrl: './module-progress.css',
})
export class ModuleProgress {
  readonly progress = input.required<Progress>();
  protected readonly percent = computed(() => {
    const { lessonsCompleted, lessonCount } = this.progress();
    return lessonCount === 0 ? 0 : Math.round((100 * lessonsCompleted) / lessonCount);
  });
}
