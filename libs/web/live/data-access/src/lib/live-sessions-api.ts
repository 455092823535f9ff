import { HttpClient, HttpContext, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AttendanceEntrySchema,
  CalendarFeedSchema,
  ListSchema,
  LiveSessionSchema,
  ModuleListSchema,
  ProgramMemberSchema,
  ProgramSchema,
  type AttendanceEntry,
  type CalendarFeed,
  type CreateLiveSessionRequest,
  type LiveSession,
  type ModuleSummary,
  type Program,
  type ProgramMember,
  type ProgramRole,
  type UpdateLiveSessionRequest,
} from '@ecampus/shared/contracts';
import { FileDownload, SKIP_GLOBAL_ERROR } from '@ecampus/web/shared/data-access';
import { Observable, map } from 'rxjs';
import * as z from 'zod';

/** The pages show their own failures (a failed-load notice, messages at the form), so the global error snackbar stays out of it. */
const context = () => new HttpContext().set(SKIP_GLOBAL_ERROR, true);
const enc = encodeURIComponent;
const LiveSessionListSchema = ListSchema(LiveSessionSchema);
const AttendanceListSchema = z.array(AttendanceEntrySchema);
const MemberListSchema = ListSchema(ProgramMemberSchema);

const sessionsUrl = (programId: string) => `/api/programs/${enc(programId)}/live-sessions`;
const sessionUrl = (sessionId: string) => `/api/live-sessions/${enc(sessionId)}`;
const FEED_URL = '/api/me/calendar-feed';

/** A window of time for the list (the calendar's visible weeks): instants, both optional. */
export interface LiveSessionWindow {
  readonly from?: string;
  readonly to?: string;
}

/**
 * Stateless HTTP calls of live seminars (scheduling, attendance, the calendar feed); the stores
 * hold the state. Answers are parsed with the contracts' schemas: an answer that does not match
 * fails like an HTTP error. The program (the caller's roles), its modules and its trainers are read
 * from the programs and curriculum APIs with their contracts: their web libraries are no public entry.
 */
@Injectable({ providedIn: 'root' })
export class LiveSessionsApi {
  private readonly http = inject(HttpClient);
  private readonly files = inject(FileDownload);

  // ------------------------------------------------------------ program context

  getProgram(programId: string): Observable<Program> {
    return this.http.get<unknown>(`/api/programs/${enc(programId)}`, { context: context() }).pipe(map((a) => ProgramSchema.parse(a)));
  }

  /** The program's modules (staff get drafts too): the options of a session's module. */
  listModules(programId: string): Observable<ModuleSummary[]> {
    return this.http
      .get<unknown>(`/api/programs/${enc(programId)}/modules`, { context: context() })
      .pipe(map((a) => ModuleListSchema.parse(a).items));
  }

  /** Members holding `role` (coordinators and trainers may list members): the options of a session's trainers. */
  listMembers(programId: string, role: ProgramRole): Observable<ProgramMember[]> {
    return this.http
      .get<unknown>(`/api/programs/${enc(programId)}/members`, { params: new HttpParams().set('role', role), context: context() })
      .pipe(map((a) => MemberListSchema.parse(a).items));
  }

  // ------------------------------------------------------------ sessions

  listSessions(programId: string, window: LiveSessionWindow = {}): Observable<LiveSession[]> {
    let params = new HttpParams();
    if (window.from) params = params.set('from', window.from);
    if (window.to) params = params.set('to', window.to);
    return this.http
      .get<unknown>(sessionsUrl(programId), { params, context: context() })
      .pipe(map((a) => LiveSessionListSchema.parse(a).items));
  }

  createSession(programId: string, body: CreateLiveSessionRequest): Observable<LiveSession> {
    return this.http.post<unknown>(sessionsUrl(programId), body, { context: context() }).pipe(map((a) => LiveSessionSchema.parse(a)));
  }

  getSession(sessionId: string): Observable<LiveSession> {
    return this.http.get<unknown>(sessionUrl(sessionId), { context: context() }).pipe(map((a) => LiveSessionSchema.parse(a)));
  }

  updateSession(sessionId: string, body: UpdateLiveSessionRequest): Observable<LiveSession> {
    return this.http.patch<unknown>(sessionUrl(sessionId), body, { context: context() }).pipe(map((a) => LiveSessionSchema.parse(a)));
  }

  deleteSession(sessionId: string): Observable<void> {
    return this.http.delete<unknown>(sessionUrl(sessionId), { context: context() }).pipe(map(() => undefined));
  }

  startSession(sessionId: string): Observable<LiveSession> {
    return this.http
      .post<unknown>(`${sessionUrl(sessionId)}/start`, {}, { context: context() })
      .pipe(map((a) => LiveSessionSchema.parse(a)));
  }

  endSession(sessionId: string): Observable<LiveSession> {
    return this.http.post<unknown>(`${sessionUrl(sessionId)}/end`, {}, { context: context() }).pipe(map((a) => LiveSessionSchema.parse(a)));
  }

  /**
   * Saves the session as an `.ics` file. A download through HTTP, not a link: the token travels in
   * a header. A failure shows in the global error display and rejects.
   */
  downloadIcs(sessionId: string): Promise<void> {
    return this.files.download(`${sessionUrl(sessionId)}/ics`, 'live-seminar.ics');
  }

  // ------------------------------------------------------------ attendance

  attendance(sessionId: string): Observable<AttendanceEntry[]> {
    return this.http
      .get<unknown>(`${sessionUrl(sessionId)}/attendance`, { context: context() })
      .pipe(map((a) => AttendanceListSchema.parse(a)));
  }

  /** The attendance list as CSV (trainers, coordinators), under the name the API gives. */
  downloadAttendanceCsv(sessionId: string): Promise<void> {
    return this.files.download(`${sessionUrl(sessionId)}/attendance?format=csv`, 'anwesenheit.csv');
  }

  // ------------------------------------------------------------ the private calendar feed

  getFeed(): Observable<CalendarFeed> {
    return this.http.get<unknown>(FEED_URL, { context: context() }).pipe(map((a) => CalendarFeedSchema.parse(a)));
  }

  /** A new address; the old one stops working. */
  createFeed(): Observable<CalendarFeed> {
    return this.http.post<unknown>(FEED_URL, {}, { context: context() }).pipe(map((a) => CalendarFeedSchema.parse(a)));
  }

  revokeFeed(): Observable<void> {
    return this.http.delete<unknown>(FEED_URL, { context: context() }).pipe(map(() => undefined));
  }
}
