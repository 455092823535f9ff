import { Injectable, computed, inject, signal } from '@angular/core';
import type { ApiError, CreateMeetingRequest, Meeting, TandemDetail, TandemPerson } from '@ecampus/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { readApiError } from '@ecampus/web/shared/data-access';
import { ProgramsApi } from './programs-api';

/** One entry of the tandem's timeline, oldest first. */
export type TandemTimelineEntry =
  | { kind: 'started'; date: string }
  | { kind: 'meeting'; date: string; meeting: Meeting }
  | { kind: 'ended'; date: string; reason: string | null };

interface TandemState {
  detail: TandemDetail | null;
  meetings: Meeting[];
  /** The caller's side of the tandem; null when staff look at someone else's tandem. */
  viewerRole: 'mentor' | 'mentee' | null;
  loading: boolean;
  /** The caller is a participant of the program but has no tandem (yet). */
  noTandem: boolean;
  failed: boolean;
  error: ApiError | null;
}

const INITIAL: TandemState = {
  detail: null,
  meetings: [],
  viewerRole: null,
  loading: false,
  noTandem: false,
  failed: false,
  error: null,
};

const byDateDesc = (a: Meeting, b: Meeting) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);

/** "Mein Tandem" (and the staff view of one tandem): the tandem, its meetings, goals. Route-level. */
@Injectable()
export class TandemStore {
  private readonly api = inject(ProgramsApi);
  private readonly state = signal<TandemState>(INITIAL);

  readonly tandem = computed(() => this.state().detail);
  /** Newest first. */
  readonly meetings = computed(() => this.state().meetings);
  readonly loading = computed(() => this.state().loading);
  readonly noTandem = computed(() => this.state().noTandem);
  readonly failed = computed(() => this.state().failed);
  readonly error = computed(() => this.state().error);
  readonly viewerRole = computed(() => this.state().viewerRole);

  /** The other side of the tandem for a participant; null for staff. */
  readonly partner = computed<TandemPerson | null>(() => {
    const { detail, viewerRole } = this.state();
    if (!detail || !viewerRole) return null;
    return viewerRole === 'mentor' ? detail.mentee : detail.mentor;
  });

  readonly totalMinutes = computed(() => this.meetings().reduce((sum, m) => sum + m.durationMinutes, 0));

  readonly timeline = computed<TandemTimelineEntry[]>(() => {
    const detail = this.tandem();
    if (!detail) return [];
    const entries: TandemTimelineEntry[] = [
      { kind: 'started', date: detail.createdAt.slice(0, 10) },
      ...this.meetings().map((meeting) => ({ kind: 'meeting' as const, date: meeting.date, meeting })),
    ];
    if (detail.endedAt) entries.push({ kind: 'ended', date: detail.endedAt.slice(0, 10), reason: detail.endReason });
    // Stable sort keeps "started" before a meeting on the same day and "ended" after it.
    const rank = { started: 0, meeting: 1, ended: 2 } as const;
    return entries.sort((a, b) => a.date.localeCompare(b.date) || rank[a.kind] - rank[b.kind]);
  });

  /** The caller's own tandem in a program, found through the program's `myTandemId`. */
  async loadMine(programId: string): Promise<void> {
    this.state.set({ ...INITIAL, loading: true });
    try {
      const program = await firstValueFrom(this.api.getProgram(programId));
      const viewerRole = program.myRoles.includes('mentor') ? 'mentor' : program.myRoles.includes('mentee') ? 'mentee' : null;
      if (!program.myTandemId) {
        this.state.set({ ...INITIAL, noTandem: true, viewerRole });
        return;
      }
      await this.fetch(program.myTandemId, viewerRole);
    } catch (e) {
      this.fail(e);
    }
  }

  /** Any tandem the caller may see (staff). */
  async load(tandemId: string): Promise<void> {
    this.state.set({ ...INITIAL, loading: true });
    try {
      await this.fetch(tandemId, null);
    } catch (e) {
      this.fail(e);
    }
  }

  async addMeeting(body: CreateMeetingRequest): Promise<Meeting> {
    const id = this.requireId();
    const meeting = await firstValueFrom(this.api.createMeeting(id, body));
    this.state.update((s) => ({ ...s, meetings: [meeting, ...s.meetings].sort(byDateDesc) }));
    // Last meeting, count and the quiet flag are computed by the server.
    const detail = await firstValueFrom(this.api.getTandem(id)).catch(() => null);
    if (detail) this.state.update((s) => ({ ...s, detail }));
    return meeting;
  }

  async saveGoals(goals: string): Promise<void> {
    const updated = await firstValueFrom(this.api.updateTandem(this.requireId(), { goals }));
    this.state.update((s) => (s.detail ? { ...s, detail: { ...s.detail, ...updated } } : s));
  }

  private async fetch(tandemId: string, viewerRole: TandemState['viewerRole']): Promise<void> {
    const [detail, meetings] = await Promise.all([
      firstValueFrom(this.api.getTandem(tandemId)),
      firstValueFrom(this.api.listMeetings(tandemId)),
    ]);
    this.state.set({ ...INITIAL, detail, meetings: [...meetings].sort(byDateDesc), viewerRole });
  }

  private fail(e: unknown): void {
    this.state.set({ ...INITIAL, failed: true, error: readApiError(e) });
  }

  private requireId(): string {
    const id = this.tandem()?.id;
    if (!id) throw new Error('TandemStore: no tandem loaded');
    return id;
  }
}
