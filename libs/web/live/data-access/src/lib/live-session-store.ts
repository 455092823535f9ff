import { Injectable, computed, inject, signal } from '@angular/core';
import type { AttendanceEntry, LiveSession, UpdateLiveSessionRequest } from '@ecampus/shared/contracts';
import { loadable } from '@ecampus/web/shared/data-access';
import { firstValueFrom, type Observable } from 'rxjs';
import { LiveSessionsApi } from './live-sessions-api';

/**
 * One live session and, for its moderators, its attendance. Provided on the session's route.
 * Mutations reject with the HTTP error (forms and confirmation dialogs show the server's words).
 */
@Injectable()
export class LiveSessionStore {
  private readonly api = inject(LiveSessionsApi);
  private readonly sessionState = loadable<LiveSession | null>(null);
  private readonly attendanceState = loadable<AttendanceEntry[]>([]);
  private readonly exportingState = signal(false);

  readonly session = this.sessionState.value;
  readonly loading = this.sessionState.loading;
  readonly failed = this.sessionState.failed;
  readonly error = this.sessionState.error;

  readonly attendance = this.attendanceState.value;
  readonly attendanceLoading = this.attendanceState.loading;
  readonly attendanceLoaded = this.attendanceState.loaded;
  readonly attendanceFailed = this.attendanceState.failed;
  readonly attendanceError = this.attendanceState.error;
  readonly exporting = this.exportingState.asReadonly();
  /** Moderators see who attended once the session has begun. */
  readonly showsAttendance = computed(() => {
    const s = this.session();
    return !!s && s.canModerate && s.status !== 'scheduled';
  });

  async load(sessionId: string): Promise<void> {
    if (this.session()?.id !== sessionId) {
      this.sessionState.update(() => null);
      this.attendanceState.update(() => []);
    }
    await this.sessionState.load(() => firstValueFrom(this.api.getSession(sessionId)));
  }

  loadAttendance(): Promise<void> {
    const id = this.requireId();
    return this.attendanceState.load(() => firstValueFrom(this.api.attendance(id)));
  }

  update(body: UpdateLiveSessionRequest): Promise<LiveSession> {
    return this.change(this.api.updateSession(this.requireId(), body));
  }

  start(): Promise<LiveSession> {
    return this.change(this.api.startSession(this.requireId()));
  }

  end(): Promise<LiveSession> {
    return this.change(this.api.endSession(this.requireId()));
  }

  async remove(): Promise<void> {
    await firstValueFrom(this.api.deleteSession(this.requireId()));
    this.sessionState.update(() => null);
  }

  /** The `.ics` file of this session; rejects when it fails (the global error display says why). */
  downloadIcs(): Promise<void> {
    return this.api.downloadIcs(this.requireId());
  }

  /** The attendance as CSV, busy meanwhile; rejects when it fails. */
  async exportAttendanceCsv(): Promise<void> {
    const id = this.requireId();
    this.exportingState.set(true);
    try {
      await this.api.downloadAttendanceCsv(id);
    } finally {
      this.exportingState.set(false);
    }
  }

  private async change(request: Observable<LiveSession>): Promise<LiveSession> {
    const session = await firstValueFrom(request);
    this.sessionState.update(() => session);
    return session;
  }

  private requireId(): string {
    const id = this.session()?.id;
    if (!id) throw new Error('LiveSessionStore: load(sessionId) first');
    return id;
  }
}
