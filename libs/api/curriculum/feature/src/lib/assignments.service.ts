import { Injectable } from '@nestjs/common';
import type { Caller } from '@ecampus/api/programs/access';
import type { Assignment, CreateAssignmentRequest, UpdateAssignmentRequest } from '@ecampus/shared/contracts';
import { AssignmentAccess, type AssignmentAccessResult } from './assignment-access';
import { AssignmentsRepository, type AssignmentFields, type AssignmentRow } from './assignments.repository';
import { CurriculumAccess } from './curriculum-access';
import { assignmentHasSubmissions, assignmentNotFound } from './curriculum.errors';
import { CurriculumTransaction } from './curriculum.transaction';
import { changesBetween, isParticipant } from './curriculum.rules';
import { renderLessonHtml } from './lesson-rendering';
import { SubmissionFilesService } from './submission-files.service';
import { toAssignmentSummary } from './submission.rules';

const fieldsOf = (row: AssignmentRow): AssignmentFields => ({
  title: row.title,
  instructions: row.instructions,
  dueAt: row.dueAt,
  submissionKind: row.submissionKind,
});

/**
 * Assignments of a module: reading (instructions rendered and sanitised on every read, like
 * lessons), creating, editing and deleting, each change with its module's history entry.
 */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly assignments: AssignmentsRepository,
    private readonly transaction: CurriculumTransaction,
    private readonly modulesGuard: CurriculumAccess,
    private readonly guard: AssignmentAccess,
    private readonly files: SubmissionFilesService,
  ) {}

  /** An assignment at the end of the module's assignments (staff, program not archived). */
  async createAssignment(caller: Caller, moduleId: string, body: CreateAssignmentRequest): Promise<Assignment> {
    const { module } = await this.modulesGuard.toEditModule(caller, moduleId);
    const fields: AssignmentFields = {
      title: body.title,
      instructions: body.instructions,
      dueAt: body.dueAt ? new Date(body.dueAt) : null,
      submissionKind: body.submissionKind ?? 'text',
    };
    const id = await this.transaction.atomically(module.programId, async (tx) => {
      const assignmentId = await tx.assignments.insertAssignment(moduleId, fields, caller.id);
      await tx.history.addRevision({
        moduleId,
        actorId: caller.id,
        action: 'assignment_created',
        lesson: { id: assignmentId, title: fields.title },
        changes: changesBetween({}, { title: fields.title }),
      });
      return assignmentId;
    });
    return this.getAssignment(caller, id);
  }

  /** The assignment for the caller: 404 where she may not see the module, 403 `module_locked` while it is locked for her. */
  async getAssignment(caller: Caller, assignmentId: string): Promise<Assignment> {
    const found = await this.guard.toAssignment(caller, assignmentId);
    await this.guard.assertOpen(found);
    return this.view(found);
  }

  async updateAssignment(caller: Caller, assignmentId: string, body: UpdateAssignmentRequest): Promise<Assignment> {
    const { assignment } = await this.guard.toEditAssignment(caller, assignmentId);
    await this.transaction.atomically(assignment.programId, async (tx) => {
      const current = await tx.assignments.findAssignment(assignmentId);
      if (!current) throw assignmentNotFound();
      const before = fieldsOf(current);
      const after: AssignmentFields = {
        title: body.title ?? before.title,
        instructions: body.instructions ?? before.instructions,
        dueAt: body.dueAt === undefined ? before.dueAt : body.dueAt ? new Date(body.dueAt) : null,
        submissionKind: body.submissionKind ?? before.submissionKind,
      };
      const changes = changesBetween(before, after);
      if (Object.keys(changes).length === 0) return;
      await tx.assignments.updateAssignment(assignmentId, current.moduleId, after);
      await tx.history.addRevision({
        moduleId: current.moduleId,
        actorId: caller.id,
        action: 'assignment_updated',
        lesson: { id: assignmentId, title: after.title },
        changes,
      });
    });
    return this.getAssignment(caller, assignmentId);
  }

  /** Only while no tandem handed anything in (422 `assignment_has_submissions`); files uploaded without a hand-in go with it. */
  async deleteAssignment(caller: Caller, assignmentId: string): Promise<void> {
    const { assignment } = await this.guard.toEditAssignment(caller, assignmentId);
    // Hand-ins and uploads take the same program lock, so nothing arrives between the check and the delete.
    const storedFiles = await this.transaction.atomically(assignment.programId, async (tx) => {
      if (!(await tx.assignments.findAssignment(assignmentId))) throw assignmentNotFound();
      if (await tx.assignments.hasSubmissions(assignmentId)) throw assignmentHasSubmissions();
      const keys = await tx.submissions.fileKeysOfAssignment(assignmentId);
      await tx.assignments.deleteAssignment(assignmentId, assignment.moduleId);
      await tx.history.addRevision({
        moduleId: assignment.moduleId,
        actorId: caller.id,
        action: 'assignment_deleted',
        lesson: { id: assignmentId, title: assignment.title },
        changes: {},
      });
      return keys;
    });
    // The file rows went with the assignment; their files go after the commit.
    await this.files.deleteStoredFiles(storedFiles);
  }

  private async view({ assignment, access, staff }: AssignmentAccessResult): Promise<Assignment> {
    // The summary's own figures (status of her tandem, waiting reviews) come from the module's list query.
    const rows = await this.assignments.listForModule(assignment.moduleId, assignment.programId, access.userId);
    const row = rows.find((r) => r.id === assignment.id);
    if (!row) throw assignmentNotFound();
    return {
      ...toAssignmentSummary(row, staff),
      programId: assignment.programId,
      moduleTitle: assignment.moduleTitle,
      instructions: staff ? assignment.instructions : '',
      instructionsHtml: renderLessonHtml(assignment.instructions),
      canEdit: staff && !access.archived,
      uploadMaxBytes: this.files.uploadMaxBytes,
      canSubmit: isParticipant(access) && access.currentTandem !== null && !access.archived && assignment.moduleStatus === 'published',
      createdAt: assignment.createdAt.toISOString(),
      updatedAt: assignment.updatedAt.toISOString(),
    };
  }
}
