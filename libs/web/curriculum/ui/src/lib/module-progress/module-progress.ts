import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import type { ModuleProgress as Progress } from '@ecampus/shared/contracts';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/**
 * A participant's progress in a module: a ring and, for everyone (screen readers too), the text
 * "2 von 3 Lektionen" (and "0 von 1 Aufgabe angenommen") or "Abgeschlossen". The ring itself is decoration (the text says it all).
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
  /** Lessons and assignments count alike: each is one step of the module. */
  protected readonly percent = computed(() => {
    const { lessonsCompleted, lessonCount, assignmentsApproved, assignmentCount } = this.progress();
    const steps = lessonCount + assignmentCount;
    return steps === 0 ? 0 : Math.round((100 * (lessonsCompleted + assignmentsApproved)) / steps);
  });
}
