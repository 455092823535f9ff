import { Injectable, inject } from '@angular/core';
import type {
  Assignment,
  CreateAssignmentRequest,
  CreateSubmissionRequest,
  ReviewRequest,
  StoredFile,
  Submission,
  SubmissionFile,
} from '@ecampus/shared/contracts';
import { FileDownload, loadable } from '@ecampus/web/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { AssignmentsApi } from './assignments-api';
import { ReviewCountsStore } from './review-counts-store';
import { uploadTask } from './upload';

/**
 * One assignment with the submissions the caller may see (staff: every tandem's; a tandem member:
 * her tandem's), for the assignment page and its editor. Provided on the assignment's routes.
 * Mutations reject with the HTTP error, so forms show the server's words.
 */
@Injectable()
export class AssignmentStore {
  private readonly api = inject(AssignmentsApi);
  private readonly files = inject(FileDownload);
  private readonly reviewCounts = inject(ReviewCountsStore);
  private readonly assignmentState = loadable<Assignment | null>(null);
  private readonly submissionsState = loadable<Submission[]>([]);
  private readonly fileTask = uploadTask<SubmissionFile>();

  readonly assignment = this.assignmentState.value;
  readonly loading = this.assignmentState.loading;
  readonly loaded = this.assignmentState.loaded;
  readonly failed = this.assignmentState.failed;
  readonly error = this.assignmentState.error;

  readonly submissions = this.submissionsState.value;
  readonly submissionsLoading = this.submissionsState.loading;
  readonly submissionsLoaded = this.submissionsState.loaded;
  readonly submissionsFailed = this.submissionsState.failed;

  /** The running upload of a submission file, null when none runs. */
  readonly fileUpload = this.fileTask.progress;
  readonly fileUploading = this.fileTask.busy;

  async load(assignmentId: string): Promise<void> {
    if (this.assignment()?.id !== assignmentId) this.submissionsState.update(() => []);
    await this.assignmentState.load(() => firstValueFrom(this.api.getAssignment(assignmentId)));
  }

  loadSubmissions(): Promise<void> {
    const id = this.requireAssignment().id;
    return this.submissionsState.load(() => firstValueFrom(this.api.listSubmissions(id)));
  }

  /** Creates an assignment at the end of the module's, or saves the loaded one. */
  async save(moduleId: string, body: CreateAssignmentRequest): Promise<Assignment> {
    const current = this.assignment();
    const assignment = await firstValueFrom(
      current ? this.api.updateAssignment(current.id, body) : this.api.createAssignment(moduleId, body),
    );
    this.assignmentState.update(() => assignment);
    return assignment;
  }

  /** Refused by the server once a tandem has submitted (its message says so). */
  async remove(): Promise<void> {
    await firstValueFrom(this.api.deleteAssignment(this.requireAssignment().id));
    this.assignmentState.update(() => null);
  }

  /** Uploads a file for the tandem's next version; null when cancelled. */
  uploadFile(file: File): Promise<SubmissionFile | null> {
    const id = this.requireAssignment().id;
    return this.fileTask.run(file, (f) => this.api.uploadFile(id, f));
  }

  cancelUpload(): void {
    this.fileTask.cancel();
  }

  /** Hands in a new version for the caller's tandem; the submission and the caller's status follow. */
  async submit(body: CreateSubmissionRequest): Promise<Submission> {
    const submission = await firstValueFrom(this.api.submit(this.requireAssignment().id, body));
    this.replace(submission);
    this.assignmentState.update((a) => (a ? { ...a, myStatus: submission.status } : a));
    return submission;
  }

  /**
   * Approves or asks for changes; the submission (with the new review in its thread), the waiting
   * count and the navigation's badges follow.
   */
  async review(submissionId: string, body: ReviewRequest): Promise<Submission> {
    const wasWaiting = this.submissions().find((s) => s.id === submissionId)?.canReview ?? false;
    const submission = await firstValueFrom(this.api.review(submissionId, body));
    this.replace(submission);
    if (wasWaiting && !submission.canReview) {
      this.assignmentState.update((a) => (a ? { ...a, waitingForReview: Math.max(0, a.waitingForReview - 1) } : a));
    }
    void this.reviewCounts.refresh();
    return submission;
  }

  /** Saves a file of a version (a material-like stored file) under its original name. */
  download(file: StoredFile): Promise<void> {
    return this.files.download(file.downloadUrl, file.fileName);
  }

  private replace(submission: Submission): void {
    this.submissionsState.update((list) =>
      list.some((s) => s.id === submission.id) ? list.map((s) => (s.id === submission.id ? submission : s)) : [...list, submission],
    );
  }

  private requireAssignment(): Assignment {
    const assignment = this.assignment();
    if (!assignment) throw new Error('AssignmentStore: load(assignmentId) first');
    return assignment;
  }
}
