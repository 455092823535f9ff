import { Injectable } from '@nestjs/common';
import type { Caller, ProgramAccess } from '@ecampus/api/programs/access';
import type { ReviewCounts, ReviewQueueItem } from '@ecampus/shared/contracts';
import { SubmissionsRepository } from './submissions.repository';
import { isTandemMember } from './submission.rules';

/** What trainers and coordinators have to review: the program's queue and the navigation's counts. */
@Injectable()
export class ReviewQueueService {
  constructor(private readonly submissions: SubmissionsRepository) {}

  /** Waiting submissions of the program, oldest hand-in first; her own tandem's marked (staff; route-checked). */
  async queue(access: ProgramAccess): Promise<ReviewQueueItem[]> {
    const rows = await this.submissions.reviewQueue(access.programId);
    return rows.map((r) => ({
      submissionId: r.submissionId,
      assignmentId: r.assignmentId,
      assignmentTitle: r.assignmentTitle,
      moduleId: r.moduleId,
      moduleTitle: r.moduleTitle,
      tandemId: r.tandemId,
      mentor: { userId: r.mentorId, displayName: r.mentorName },
      mentee: { userId: r.menteeId, displayName: r.menteeName },
      versionNumber: r.versionNumber,
      submittedAt: r.submittedAt.toISOString(),
      late: r.late,
      ownTandem: isTandemMember(r, access.userId),
    }));
  }

  /** Per program where the caller is staff: the waiting submissions she may review (one query). */
  async counts(caller: Caller): Promise<ReviewCounts> {
    const programs = await this.submissions.reviewCounts(caller.id, caller.isAdmin);
    return { total: programs.reduce((sum, p) => sum + p.waiting, 0), programs };
  }
}
