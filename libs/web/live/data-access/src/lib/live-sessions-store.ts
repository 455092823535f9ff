import { Injectable, computed, inject } from '@angular/core';
import type { CreateLiveSessionRequest, LivePerson, LiveSession, ModuleSummary, Program } from '@ecampus/shared/contracts';
import { loadable } from '@ecampus/web/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { LiveSessionsApi, type LiveSessionWindow } from './live-sessions-api';

const byStart = (a: LiveSession, b: LiveSession) => a.startsAt.localeCompare(b.startsAt) || a.title.localeCompare(b.title);

/** Whether the caller is staff of the program: trainer, coordinator, or an admin (no roles, yet she sees it). */
export function isProgramStaff(program: Program | null): boolean {
  return !!program && (program.myRoles.length === 0 || program.myRoles.some((r) => r === 'trainer' || r === 'coordinator'));
}

/**
 * One program's live seminars: the program (the caller's roles), its sessions (list view), the
 * sessions of the calendar's visible weeks, and what the session form offers (the program's
 * modules and trainers). Provided by the domain's top route, so the tab, the form pages and the
 * detail page share it. Mutations reject with the HTTP error, so forms place the server's messages.
 */
@Injectable()
export class LiveSessionsStore {
  private readonly api = inject(LiveSessionsApi);
  private readonly programState = loadable<Program | null>(null);
  private readonly sessionsState = loadable<LiveSession[]>([]);
  private readonly monthState = loadable<LiveSession[]>([]);
  private readonly modulesState = loadable<ModuleSummary[]>([]);
  private readonly trainersState = loadable<LivePerson[]>([]);
  private programId = '';

  readonly program = this.programState.value;
  readonly sessions = this.sessionsState.value;
  readonly loading = computed(() => this.sessionsState.loading() || this.programState.loading());
  readonly loaded = computed(() => this.sessionsState.loaded() && this.programState.loaded());
  readonly failed = computed(() => this.sessionsState.failed() || this.programState.failed());
  readonly error = computed(() => this.sessionsState.error() ?? this.programState.error());
  readonly empty = computed(() => this.loaded() && this.sessions().length === 0);

  /** Not ended yet (scheduled or live), soonest first. */
  readonly upcoming = computed(() => this.sessions().filter((s) => s.status !== 'ended'));
  /** Ended, the latest first. */
  readonly past = computed(() =>
    this.sessions()
      .filter((s) => s.status === 'ended')
      .reverse(),
  );

  /** Trainers, coordinators and admins schedule sessions (the API decides; this only shows the button). */
  readonly isStaff = computed(() => isProgramStaff(this.program()));
  /** Staff of a program that is not archived (read-only). */
  readonly canCreate = computed(() => this.isStaff() && !this.program()?.archived);

  readonly monthSessions = this.monthState.value;
  readonly monthLoading = this.monthState.loading;
  readonly monthFailed = this.monthState.failed;
  readonly monthError = this.monthState.error;

  /** Options of the session form. */
  readonly modules = this.modulesState.value;
  readonly trainers = this.trainersState.value;
  readonly optionsLoading = computed(() => this.modulesState.loading() || this.trainersState.loading());
  /** The trainers could not be listed (the form then leaves them out: the API makes the creator one). */
  readonly trainersFailed = this.trainersState.failed;

  /** The program and its sessions. */
  async load(programId: string): Promise<void> {
    await Promise.all([this.loadProgram(programId), this.reload(programId)]);
  }

  /** The program (the caller's roles) once per program: pages opened directly need it too. */
  async loadProgram(programId: string): Promise<void> {
    this.programId = programId;
    if (this.program()?.id === programId && !this.programState.loading()) return;
    await this.programState.load(() => firstValueFrom(this.api.getProgram(programId)));
  }

  /** The sessions again (after a change on another page), keeping the shown ones meanwhile. */
  reload(programId = this.requireId()): Promise<void> {
    this.programId = programId;
    return this.sessionsState.load(async () => [...(await firstValueFrom(this.api.listSessions(programId)))].sort(byStart));
  }

  /** The sessions overlapping the calendar's visible weeks. */
  loadWindow(programId: string, window: Required<LiveSessionWindow>): Promise<void> {
    this.programId = programId;
    return this.monthState.load(async () => [...(await firstValueFrom(this.api.listSessions(programId, window)))].sort(byStart));
  }

  /**
   * The form's options: the program's modules and the members holding the trainer or coordinator
   * role (each person once, by name). Each may fail alone; the form then offers less.
   */
  async loadFormOptions(programId: string): Promise<void> {
    this.programId = programId;
    await Promise.all([
      this.modulesState.load(() => firstValueFrom(this.api.listModules(programId))),
      this.trainersState.load(async () => {
        const [trainers, coordinators] = await Promise.all([
          firstValueFrom(this.api.listMembers(programId, 'trainer')),
          firstValueFrom(this.api.listMembers(programId, 'coordinator')),
        ]);
        const people = new Map([...trainers, ...coordinators].map((m) => [m.userId, { userId: m.userId, displayName: m.displayName }]));
        return [...people.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
      }),
    ]);
  }

  async create(body: CreateLiveSessionRequest): Promise<LiveSession> {
    const session = await firstValueFrom(this.api.createSession(this.requireId(), body));
    this.changed(session);
    return session;
  }

  /** A session changed elsewhere (the detail page): the lists show it at once. */
  changed(session: LiveSession): void {
    const put = (list: LiveSession[]) => [...list.filter((s) => s.id !== session.id), session].sort(byStart);
    this.sessionsState.update(put);
    this.monthState.update((list) => (list.some((s) => s.id === session.id) ? put(list) : list));
  }

  removed(sessionId: string): void {
    this.sessionsState.update((list) => list.filter((s) => s.id !== sessionId));
    this.monthState.update((list) => list.filter((s) => s.id !== sessionId));
  }

  private requireId(): string {
    if (!this.programId) throw new Error('LiveSessionsStore: load(programId) first');
    return this.programId;
  }
}
