import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ProgressCell, ProgressModule, ProgressRow, TandemProgress } from '@ecampus/shared/contracts';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { ProgressMatrixCell } from '../progress-matrix-cell/progress-matrix-cell';

/** Who "you" are among the rows (participants): the row of this role in this tandem. */
export interface ProgressSelf {
  readonly role: ProgressRow['role'];
  readonly tandemId: string | null;
}

/**
 * The progress matrix as a table: a row per person (its header: name, role, tandem partner), a
 * column per module (in their order), and the number of modules completed. The first column
 * stays in place while the table scrolls sideways (a phone), inside a focusable region so the
 * keyboard scrolls it too.
 */
@Component({
  selector: 'ec-progress-table',
  imports: [ProgressMatrixCell, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './progress-table.html',
  styleUrl: './progress-table.css',
})
export class ProgressTable {
  readonly modules = input.required<readonly ProgressModule[]>();
  readonly rows = input.required<readonly ProgressRow[]>();
  /** The tandems of the rows, for the partners' names. */
  readonly tandems = input<readonly TandemProgress[]>([]);
  readonly self = input<ProgressSelf | null>(null);

  /** Cells by person and module: the cells come in the modules' order, looked up by id all the same. */
  private readonly cells = computed(
    () => new Map(this.rows().map((row) => [row.userId, new Map(row.cells.map((cell) => [cell.moduleId, cell]))])),
  );
  private readonly tandemsById = computed(() => new Map(this.tandems().map((t) => [t.tandemId, t])));

  protected cellOf(row: ProgressRow, moduleId: string): ProgressCell | undefined {
    return this.cells().get(row.userId)?.get(moduleId);
  }

  /** The other partner of the person's tandem: from the tandems, else from the rows. */
  protected partnerOf(row: ProgressRow): string | null {
    if (!row.tandemId) return null;
    const tandem = this.tandemsById().get(row.tandemId);
    if (tandem) return row.role === 'mentor' ? tandem.mentee.displayName : tandem.mentor.displayName;
    return this.rows().find((other) => other.tandemId === row.tandemId && other.userId !== row.userId)?.displayName ?? null;
  }

  protected isSelf(row: ProgressRow): boolean {
    const self = this.self();
    return !!self && self.role === row.role && self.tandemId === row.tandemId;
  }
}
