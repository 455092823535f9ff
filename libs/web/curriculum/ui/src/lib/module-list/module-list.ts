import { CdkDrag, CdkDragHandle, CdkDropList } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ModuleSummary } from '@ecampus/shared/contracts';
import { EcDatePipe } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { ReorderableList } from '../reorderable-list';
import { ModuleProgress } from '../module-progress/module-progress';
import { ModuleStatusChip } from '../module-status-chip/module-status-chip';
import { ReorderButtons } from '../reorder-buttons/reorder-buttons';

/**
 * The modules of a program in order, each linking to its page (relative: `<moduleId>`). Staff see
 * the status and the lesson count and, with `canReorder`, move modules by drag and drop or with
 * the buttons; participants see their progress and why a module is still locked.
 */
@Component({
  selector: 'ec-module-list',
  imports: [CdkDropList, CdkDrag, CdkDragHandle, RouterLink, EcDatePipe, TranslatePipe, ModuleProgress, ModuleStatusChip, ReorderButtons],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './module-list.html',
  styleUrl: './module-list.css',
})
export class ModuleList extends ReorderableList {
  readonly modules = input.required<readonly ModuleSummary[]>();
  /** Staff view (status, lesson count) instead of the participant's (progress, locks). */
  readonly staff = input(false);

  protected items(): readonly ModuleSummary[] {
    return this.modules();
  }
}
