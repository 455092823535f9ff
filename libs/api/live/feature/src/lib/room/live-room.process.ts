import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { AttendanceRecorder } from '../attendance/attendance-recorder';
import { LiveClock } from '../session';
import { LiveBreakoutService } from '../breakout/live-breakout.service';
import { LiveRoomService } from './live-room.service';
import { LiveRoomStore } from './live-room.store';

/** Refresh of this process's liveness key (its TTL is PROCESS_TTL_MS). */
export const LIVENESS_REFRESH_MS = 2000;
/** How often every process removes the presence of dead processes (so it is gone within TTL + sweep < 15 s). */
export const SWEEP_INTERVAL_MS = 3000;
/** How often the open stays of this process's sockets are marked as seen (one statement). */
export const ATTENDANCE_HEARTBEAT_MS = 20_000;

/**
 * The room's process-level timers: liveness key, sweep of dead processes' presence (then
 * `presence:update` to the rooms that changed), breakout timers, attendance heartbeat. One timer each per process,
 * never per socket.
 */
@Injectable()
export class LiveRoomProcess implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(LiveRoomProcess.name);
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly store: LiveRoomStore,
    private readonly room: LiveRoomService,
    private readonly attendance: AttendanceRecorder,
    private readonly clock: LiveClock,
    private readonly breakouts: LiveBreakoutService,
  ) {}

  onApplicationBootstrap(): void {
    const every = (ms: number, what: string, fn: () => Promise<unknown>) => {
      const timer = setInterval(() => void fn().catch((e) => this.logger.warn(`${what}: ${(e as Error).message}`)), ms);
      timer.unref();
      this.timers.push(timer);
    };
    void this.store.heartbeat().catch(() => undefined);
    every(LIVENESS_REFRESH_MS, 'Lebenszeichen', () => this.store.heartbeat());
    every(SWEEP_INTERVAL_MS, 'Anwesenheit aufräumen', () => this.sweep());
    // Breakout timers that ran out: every process looks, the first to take a session's rooms closes them.
    every(SWEEP_INTERVAL_MS, 'Gruppenräume-Zeit', () => this.breakouts.closeDue());
    every(ATTENDANCE_HEARTBEAT_MS, 'Anwesenheitszeiten', () => this.attendance.seen(this.room.localStayIds(), this.clock.now()));
  }

  /** Removes dead processes' sockets from presence and tells the rooms that changed. */
  async sweep(): Promise<void> {
    for (const sessionId of await this.store.sweepDeadProcesses()) await this.room.broadcastPresence(sessionId);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.timers.splice(0).forEach((timer) => clearInterval(timer));
    await this.store.forgetProcess().catch(() => undefined);
  }
}
