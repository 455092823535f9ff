import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import type { ProgressCell, ProgressModule } from '@ecampus/shared/contracts';
import { Icon } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/**
 * One person's state in one module, for the progress matrix: a small ring (or a check when the
 * module is completed) as decoration, and the text that says it all — "3/4 Lektionen · 1/1
 * Aufgaben" or "abgeschlossen".
 */
@Component({
  selector: 'ec-progress-matrix-cell',
  imports: [MatProgressSpinner, Icon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './progress-matrix-cell.html',
  styleUrl: './progress-matrix-cell.css',
})
export class ProgressMatrixCell {
  readonly module = input.required<ProgressModule>();
  /** Undefined when the API sent no cell for the module (counts as nothing done). */
  readonly cell = input<ProgressCell | undefined>();

  protected readonly lessonsCompleted = computed(() => this.cell()?.lessonsCompleted ?? 0);
  protected readonly assignmentsApproved = computed(() => this.cell()?.assignmentsApproved ?? 0);
  protected readonly completed = computed(() => this.cell()?.completed ?? false);
  /** Lessons done and assignments approved, of all there are: the ring's fill. */
  protected readonly percent = computed(() => {
    const { lessonCount, assignmentCount } = this.module();
    const all = lessonCount + assignmentCount;
    return all === 0 ? 0 : Math.round((100 * (this.lessonsCompleted() + this.assignmentsApproved())) / all);
  });
}
