import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { RealtimeEmitter } from '@ecampus/api/platform/realtime';
import { liveSessionRoom, type LiveSessionStatus } from '@ecampus/shared/contracts';
import { LiveSessionViewsRepository } from '../session/live-session-views.repository';
import { endsAt } from '../session/live-session.rules';
import { LiveMediaRooms } from '../media/live-media-rooms';
import { LiveScheduleRepository } from './live-schedule.repository';

export type LifecycleQueries = Pick<LiveScheduleRepository, 'markLive' | 'markEnded'>;
export type LifecycleViews = Pick<LiveSessionViewsRepository, 'findView'>;
export type StatusPush = Pick<RealtimeEmitter, 'toRooms'>;
export type SessionMedia = Pick<LiveMediaRooms, 'open' | 'close'>;

/** How long a state change waits for Redis to take its push (the answer must not hang on it). */
const PUSH_TIMEOUT_MS = 3000;
/** How long a start or end waits for Janus' room (a hung Janus must not hold the route). */
const MEDIA_TIMEOUT_MS = 5000;

/** `work`, or a rejection after `ms` (the work itself goes on; its result is then ignored). */
async function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} antwortet nicht`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** What one auto-end run did (the job's result, for logs and tests). */
export type AutoEndOutcome = 'ended' | 'gone' | 'already-ended' | 'not-due';

/**
 * The state changes of a session that the room must hear about, shared by the routes (API) and the
 * auto-end job (worker): the row first, then `session:status` to the session's room through the
 * Redis streams adapter (from either process). Authorisation is the caller's (routes) business.
 */
@Injectable()
export class LiveSessionLifecycle {
  private readonly logger = new Logger(LiveSessionLifecycle.name);

  constructor(
    @Inject(LiveScheduleRepository) private readonly sessions: LifecycleQueries,
    @Inject(LiveSessionViewsRepository) private readonly views: LifecycleViews,
    @Inject(RealtimeEmitter) private readonly push: StatusPush,
    @Inject(LiveMediaRooms) private readonly media: SessionMedia,
    @InjectConfig() private readonly config: Pick<AppConfig, 'LIVE_AUTO_END_GRACE_MINUTES'>,
  ) {}

  /** scheduled → live (with its media room); false when it was not scheduled (any more). */
  async start(sessionId: string, at: Date): Promise<boolean> {
    if (!(await this.sessions.markLive(sessionId, at))) return false;
    await this.withMedia(sessionId, 'open', () => this.media.open(sessionId));
    await this.announce(sessionId, 'live');
    return true;
  }

  /** scheduled or live → ended (its media room destroyed); false when it had already ended. */
  async end(sessionId: string, at: Date): Promise<boolean> {
    if (!(await this.sessions.markEnded(sessionId, at))) return false;
    await this.withMedia(sessionId, 'close', () => this.media.close(sessionId));
    await this.announce(sessionId, 'ended');
    return true;
  }

  /**
   * The session's state does not wait for Janus: without a media server the room has no audio and
   * video (the room opens one on the first join; the worker's reconciler destroys leftovers).
   */
  private async withMedia(sessionId: string, what: string, run: () => Promise<unknown>): Promise<void> {
    try {
      await within(MEDIA_TIMEOUT_MS, 'Janus', run());
    } catch (e) {
      this.logger.warn(`Medienraum von ${sessionId} (${what}): ${(e as Error).message}`);
    }
  }

  /**
   * A session left open ends itself LIVE_AUTO_END_GRACE_MINUTES after its planned end. A job for
   * an end that moved (rescheduled) is not due yet and does nothing: the new end has its own job.
   */
  async autoEnd(sessionId: string, now: Date): Promise<AutoEndOutcome> {
    const session = await this.views.findView(sessionId);
    if (!session) return 'gone';
    if (session.status === 'ended') return 'already-ended';
    const due = endsAt(session).getTime() + this.config.LIVE_AUTO_END_GRACE_MINUTES * 60_000;
    if (now.getTime() < due) return 'not-due';
    return (await this.end(sessionId, now)) ? 'ended' : 'already-ended';
  }

  /** The row is committed: a lost push only delays the room's update until its next reload. */
  private async announce(sessionId: string, status: LiveSessionStatus): Promise<void> {
    try {
      await within(PUSH_TIMEOUT_MS, 'Redis', this.push.toRooms([liveSessionRoom(sessionId)], 'session:status', { sessionId, status }));
    } catch (e) {
      this.logger.warn(`session:status ${status} für ${sessionId} nicht gesendet: ${(e as Error).message}`);
    }
  }
}
