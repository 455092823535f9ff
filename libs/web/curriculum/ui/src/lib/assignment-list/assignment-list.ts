import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { AssignmentSummary } from '@ecampus/shared/contracts';
import { EcDatePipe } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { SubmissionStatusChip } from '../submission-status-chip/submission-status-chip';

/**
 * The assignments of a module in order, each linking to its page (relative:
 * `aufgaben/<assignmentId>`), with its due date. Participants see their tandem's status; staff
 * how many hand-ins wait for their review.
 */
@Component({
  selector: 'ec-assignment-list',
  imports: [RouterLink, EcDatePipe, TranslatePipe, SubmissionStatusChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './assignment-list.html',
  styleUrl: './assignment-list.css',
})
export class AssignmentList {
  readonly assignments = input.required<readonly AssignmentSummary[]>();
  /** Staff: the waiting count instead of a status. */
  readonly staff = input(false);
  /** Participants with a tandem: their status. */
  readonly showStatus = input(false);
}
