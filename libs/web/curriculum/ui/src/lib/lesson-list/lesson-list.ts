import { CdkDrag, CdkDragHandle, CdkDropList } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { LessonSummary } from '@ecampus/shared/contracts';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { ReorderableList } from '../reorderable-list';
import { ReorderButtons } from '../reorder-buttons/reorder-buttons';

/**
 * The lessons of a module in order, each linking to its reader (relative: `lektionen/<lessonId>`).
 * Participants see a check mark for what they completed; staff with `canReorder` move lessons by
 * drag and drop or with the buttons. A locked module's lessons are titles only (`linked` false).
 */
@Component({
  selector: 'ec-lesson-list',
  imports: [CdkDropList, CdkDrag, CdkDragHandle, RouterLink, TranslatePipe, ReorderButtons],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './lesson-list.html',
  styleUrl: './lesson-list.css',
})
export class LessonList extends ReorderableList {
  readonly lessons = input.required<readonly LessonSummary[]>();
  readonly showCompletion = input(false);
  readonly linked = input(true);

  protected items(): readonly LessonSummary[] {
    return this.lessons();
  }
}
