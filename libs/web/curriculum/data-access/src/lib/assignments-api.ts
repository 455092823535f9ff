import { HttpClient, HttpContext } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AssignmentSchema,
  SubmissionFileSchema,
  SubmissionListSchema,
  SubmissionSchema,
  type Assignment,
  type CreateAssignmentRequest,
  type CreateSubmissionRequest,
  type ReviewRequest,
  type Submission,
  type SubmissionFile,
  type UpdateAssignmentRequest,
} from '@ecampus/shared/contracts';
import { SKIP_GLOBAL_ERROR } from '@ecampus/web/shared/data-access';
import { Observable, map } from 'rxjs';
import { postFile, type UploadEvent } from './upload';

const context = () => ({ context: new HttpContext().set(SKIP_GLOBAL_ERROR, true) });
const enc = encodeURIComponent;
const assignmentUrl = (assignmentId: string) => `/api/assignments/${enc(assignmentId)}`;

/** Assignments of a module, the tandems' submissions and their reviews; answers parsed with the contracts. */
@Injectable({ providedIn: 'root' })
export class AssignmentsApi {
  private readonly http = inject(HttpClient);

  createAssignment(moduleId: string, body: CreateAssignmentRequest): Observable<Assignment> {
    return this.http
      .post<unknown>(`/api/modules/${enc(moduleId)}/assignments`, body, context())
      .pipe(map((a) => AssignmentSchema.parse(a)));
  }

  getAssignment(assignmentId: string): Observable<Assignment> {
    return this.http.get<unknown>(assignmentUrl(assignmentId), context()).pipe(map((a) => AssignmentSchema.parse(a)));
  }

  updateAssignment(assignmentId: string, body: UpdateAssignmentRequest): Observable<Assignment> {
    return this.http.patch<unknown>(assignmentUrl(assignmentId), body, context()).pipe(map((a) => AssignmentSchema.parse(a)));
  }

  /** Refused (409) once a tandem has submitted. */
  deleteAssignment(assignmentId: string): Observable<void> {
    return this.http.delete<unknown>(assignmentUrl(assignmentId), context()).pipe(map(() => undefined));
  }

  /** A file of the caller's tandem, to attach to the next version with `fileIds`; unsubscribing aborts it. */
  uploadFile(assignmentId: string, file: File): Observable<UploadEvent<SubmissionFile>> {
    return postFile(this.http, `${assignmentUrl(assignmentId)}/files`, file, (a) => SubmissionFileSchema.parse(a));
  }

  /** Staff: every tandem's submission; a tandem member: her tandem's. */
  listSubmissions(assignmentId: string): Observable<Submission[]> {
    return this.http
      .get<unknown>(`${assignmentUrl(assignmentId)}/submissions`, context())
      .pipe(map((a) => SubmissionListSchema.parse(a).items));
  }

  /** A new version of the caller's tandem's submission. */
  submit(assignmentId: string, body: CreateSubmissionRequest): Observable<Submission> {
    return this.http
      .post<unknown>(`${assignmentUrl(assignmentId)}/submissions`, body, context())
      .pipe(map((a) => SubmissionSchema.parse(a)));
  }

  review(submissionId: string, body: ReviewRequest): Observable<Submission> {
    return this.http
      .post<unknown>(`/api/submissions/${enc(submissionId)}/review`, body, context())
      .pipe(map((a) => SubmissionSchema.parse(a)));
  }
}
