import { HttpClient, HttpContext, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AddMemberRequest,
  CreateMeetingRequest,
  CreateProgramRequest,
  CreateTandemRequest,
  InvitationResult,
  InviteMemberRequest,
  List,
  Meeting,
  MyProgramProfile,
  PersonProgram,
  Program,
  ProgramMember,
  Tandem,
  TandemDetail,
  UpdateProfileRequest,
  UpdateProgramRequest,
  UpdateTandemRequest,
} from '@ecampus/shared/contracts';
import { SKIP_GLOBAL_ERROR } from '@ecampus/web/shared/data-access';
import { Observable, map } from 'rxjs';

/** Every list answer is `{ items, total }` (docs/api-conventions.md). */
const items = <T>(answer: List<T>): T[] => answer.items;

/**
 * Every page of these libraries shows its own failures (a failed-load notice, messages at the
 * form fields), so the global error snackbar stays out of it.
 */
const context = () => ({ context: new HttpContext().set(SKIP_GLOBAL_ERROR, true) });

/** Stateless HTTP calls of "Programs, members, tandems"; the stores hold the state. */
@Injectable({ providedIn: 'root' })
export class ProgramsApi {
  private readonly http = inject(HttpClient);

  /** The caller's programs (admins: all); archived ones only when asked for (administration). */
  listPrograms(options: { includeArchived?: boolean } = {}): Observable<Program[]> {
    const params = options.includeArchived ? new HttpParams().set('include', 'archived') : undefined;
    return this.http.get<List<Program>>('/api/programs', { ...context(), params }).pipe(map(items));
  }

  /** Admins. */
  createProgram(body: CreateProgramRequest): Observable<Program> {
    return this.http.post<Program>('/api/programs', body, context());
  }

  /** Admins: archived programs leave members' lists and become read-only. */
  archiveProgram(programId: string): Observable<Program> {
    return this.http.post<Program>(`/api/programs/${enc(programId)}/archive`, {}, context());
  }

  unarchiveProgram(programId: string): Observable<Program> {
    return this.http.post<Program>(`/api/programs/${enc(programId)}/unarchive`, {}, context());
  }

  /** Admins: the programs a person holds a role in, archived ones included. */
  listPersonPrograms(userId: string): Observable<PersonProgram[]> {
    return this.http.get<List<PersonProgram>>(`/api/users/${enc(userId)}/programs`, context()).pipe(map(items));
  }

  getProgram(programId: string): Observable<Program> {
    return this.http.get<Program>(`/api/programs/${enc(programId)}`, context());
  }

  updateProgram(programId: string, body: UpdateProgramRequest): Observable<Program> {
    return this.http.patch<Program>(`/api/programs/${enc(programId)}`, body, context());
  }

  listMembers(programId: string): Observable<ProgramMember[]> {
    return this.http.get<List<ProgramMember>>(`/api/programs/${enc(programId)}/members`, context()).pipe(map(items));
  }

  addMember(programId: string, body: AddMemberRequest): Observable<ProgramMember> {
    return this.http.post<ProgramMember>(`/api/programs/${enc(programId)}/members`, body, context());
  }

  inviteMember(programId: string, body: InviteMemberRequest): Observable<InvitationResult> {
    return this.http.post<InvitationResult>(`/api/programs/${enc(programId)}/invitations`, body, context());
  }

  getMyProfile(programId: string): Observable<MyProgramProfile> {
    return this.http.get<MyProgramProfile>(`/api/programs/${enc(programId)}/profile`, context());
  }

  updateMyProfile(programId: string, body: UpdateProfileRequest): Observable<MyProgramProfile> {
    return this.http.put<MyProgramProfile>(`/api/programs/${enc(programId)}/profile`, body, context());
  }

  listTandems(programId: string): Observable<Tandem[]> {
    return this.http.get<List<Tandem>>(`/api/programs/${enc(programId)}/tandems`, context()).pipe(map(items));
  }

  createTandem(programId: string, body: CreateTandemRequest): Observable<Tandem> {
    return this.http.post<Tandem>(`/api/programs/${enc(programId)}/tandems`, body, context());
  }

  getTandem(tandemId: string): Observable<TandemDetail> {
    return this.http.get<TandemDetail>(`/api/tandems/${enc(tandemId)}`, context());
  }

  updateTandem(tandemId: string, body: UpdateTandemRequest): Observable<Tandem> {
    return this.http.patch<Tandem>(`/api/tandems/${enc(tandemId)}`, body, context());
  }

  listMeetings(tandemId: string): Observable<Meeting[]> {
    return this.http.get<List<Meeting>>(`/api/tandems/${enc(tandemId)}/meetings`, context()).pipe(map(items));
  }

  createMeeting(tandemId: string, body: CreateMeetingRequest): Observable<Meeting> {
    return this.http.post<Meeting>(`/api/tandems/${enc(tandemId)}/meetings`, body, context());
  }
}

const enc = encodeURIComponent;
