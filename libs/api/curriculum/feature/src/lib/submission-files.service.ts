import type { IncomingMessage, ServerResponse } from 'node:http';
import { Injectable, Logger } from '@nestjs/common';
import { discardRequestBody, FileStorage, sendStoredFile, UploadReceiver, type ReceivedFile } from '@ecampus/api/platform/storage';
import type { Caller } from '@ecampus/api/programs/access';
import type { SubmissionFile } from '@ecampus/shared/contracts';
import { AssignmentAccess } from './assignment-access';
import { CurriculumAccess } from './curriculum-access';
import { assignmentNotFound, filesNotAccepted, submissionApproved, submissionFileNotFound } from './curriculum.errors';
import { CurriculumTransaction } from './curriculum.transaction';
import { isStaff } from './curriculum.rules';
import { SubmissionsRepository } from './submissions.repository';
import { acceptsFiles, isTandemMember, toStoredFile } from './submission.rules';

/** Storage keys of files tandems hand in: `submissions/<uuid>`. */
export const SUBMISSIONS_KEY_PREFIX = 'submissions';

/**
 * Files a tandem hands in (decision 024): uploaded one at a time through the platform's
 * `UploadReceiver` (checked, streamed), then named in a hand-in with `fileIds`. Downloads for the
 * program's staff and the tandem's partners. A row is written only for a stored file, and a file
 * whose row could not be written is removed.
 */
@Injectable()
export class SubmissionFilesService {
  private readonly logger = new Logger('SubmissionFilesService');

  constructor(
    private readonly submissions: SubmissionsRepository,
    private readonly transaction: CurriculumTransaction,
    private readonly programs: CurriculumAccess,
    private readonly guard: AssignmentAccess,
    private readonly storage: FileStorage,
    private readonly uploads: UploadReceiver,
  ) {}

  /** The configured upload limit (clients check against it before they send). */
  get uploadMaxBytes(): number {
    return this.uploads.maxBytes;
  }

  /**
   * `POST /assignments/:assignmentId/files`: who may hand in may upload (checked before a byte of
   * the body is read; a refused caller's body is discarded, never stored), for an assignment that
   * takes files and is not approved yet.
   */
  async upload(caller: Caller, assignmentId: string, req: IncomingMessage): Promise<SubmissionFile> {
    let tandemId: string;
    let programId: string;
    try {
      const found = await this.guard.toAssignment(caller, assignmentId);
      programId = found.assignment.programId;
      tandemId = await this.guard.toHandInTandem(found);
      if (!acceptsFiles(found.assignment.submissionKind)) throw filesNotAccepted();
      if ((await this.submissions.statusOf(assignmentId, tandemId)) === 'approved') throw submissionApproved();
    } catch (e) {
      discardRequestBody(req);
      throw e;
    }
    const file = await this.uploads.receive(req, SUBMISSIONS_KEY_PREFIX);
    return this.add(caller, { programId, assignmentId, tandemId }, file);
  }

  /** `GET /submission-files/:fileId/file`: the program's staff and the tandem's partners; others 404. */
  async download(caller: Caller, fileId: string, res: ServerResponse): Promise<void> {
    const file = await this.submissions.findFile(fileId);
    if (!file) throw submissionFileNotFound();
    const access = await this.programs.inProgram(caller, file.programId, submissionFileNotFound);
    if (!isStaff(access) && !(isTandemMember(file, caller.id) && file.moduleStatus === 'published')) throw submissionFileNotFound();
    await sendStoredFile(res, this.storage, file);
  }

  /** Removes stored files whose rows are gone (best effort: a failure is logged, the file stays orphaned). */
  async deleteStoredFiles(keys: string[]): Promise<void> {
    for (const key of keys) {
      try {
        await this.storage.delete(key);
      } catch (e) {
        this.logger.error(`Datei ${key} konnte nicht gelöscht werden: ${(e as Error).message}`);
      }
    }
  }

  /** The row for a stored upload (in the program's curriculum transaction, like hand-ins and deletes). */
  private async add(
    caller: Caller,
    { programId, assignmentId, tandemId }: { programId: string; assignmentId: string; tandemId: string },
    file: ReceivedFile,
  ): Promise<SubmissionFile> {
    try {
      const row = await this.transaction.atomically(programId, async (tx) => {
        // The upload took a while: the assignment may have gone meanwhile.
        if (!(await tx.assignments.findAssignment(assignmentId))) throw assignmentNotFound();
        return tx.submissions.insertFile({ ...file, assignmentId, tandemId, uploadedBy: caller.id });
      });
      return toStoredFile(row);
    } catch (e) {
      // No row: the stored file goes too.
      await this.deleteStoredFiles([file.storageKey]);
      throw e;
    }
  }
}
