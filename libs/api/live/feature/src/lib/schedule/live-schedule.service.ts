import { Inject, Injectable } from '@nestjs/common';
import { assertNotArchived, hasAnyRole, type Caller, type ProgramAccess } from '@ecampus/api/programs/access';
import {
  LIVE_JOIN_EARLY_MINUTES,
  type CreateLiveSessionRequest,
  type LiveSession,
  type LiveSessionListQuery,
  type UpdateLiveSessionRequest,
} from '@ecampus/shared/contracts';
import type { EntityManager } from 'typeorm';
import { liveSessionNotFound, sessionEnded, sessionNotScheduled } from '../live.errors';
import { LiveSessionJobs } from '../jobs/live-session-jobs';
import { LiveClock } from '../session/live-clock';
import { LiveSessionAccess } from '../session/live-session-access';
import { LiveSessionViewsRepository } from '../session/live-session-views.repository';
import { endsAt, isModerator, joinableFrom, toLiveSession, type LiveSessionView } from '../session/live-session.rules';
import { LiveScheduleRepository, type LiveSessionFields } from './live-schedule.repository';
import { LiveSessionLifecycle } from './live-session-lifecycle';
import { invalidModule, invalidTrainers, startsInPast, tooEarlyToStart, tooLateToStart, windowReversed } from './schedule.errors';

export type ScheduleQueries = Pick<
  LiveScheduleRepository,
  'transaction' | 'moduleInProgram' | 'trainersAmong' | 'insert' | 'lock' | 'update' | 'setTrainers' | 'deleteScheduled' | 'list'
>;
export type ScheduleViews = Pick<LiveSessionViewsRepository, 'findView'>;
export type ScheduleAccess = Pick<LiveSessionAccess, 'toSession' | 'toModerate' | 'toEdit'>;
export type ScheduleLifecycle = Pick<LiveSessionLifecycle, 'start' | 'end'>;
export type ScheduleJobs = Pick<LiveSessionJobs, 'plan'>;

/** The session's distinct trainer ids, in the order given. */
const distinct = (ids: string[]) => [...new Set(ids.map((id) => id.toLowerCase()))];

/**
 * Scheduling of live sessions (issue 9): every rule of creating, listing, editing, deleting,
 * starting and ending. Authorisation: program routes are checked by `@ProgramRoles()`, session
 * routes here through LiveSessionAccess (members see, moderators change). Delayed jobs
 * (reminders, auto-end) are enqueued after the row is committed.
 */
@Injectable()
export class LiveScheduleService {
  constructor(
    @Inject(LiveScheduleRepository) private readonly sessions: ScheduleQueries,
    @Inject(LiveSessionViewsRepository) private readonly views: ScheduleViews,
    @Inject(LiveSessionAccess) private readonly access: ScheduleAccess,
    @Inject(LiveSessionLifecycle) private readonly lifecycle: ScheduleLifecycle,
    @Inject(LiveSessionJobs) private readonly jobs: ScheduleJobs,
    @Inject(LiveClock) private readonly clock: Pick<LiveClock, 'now'>,
  ) {}

  /** A new session (program moderators; route-checked by `@ProgramRoles('trainer', 'coordinator')`). */
  async create(access: ProgramAccess, body: CreateLiveSessionRequest): Promise<LiveSession> {
    assertNotArchived(access);
    const now = this.clock.now();
    const fields: LiveSessionFields = {
      title: body.title,
      description: body.description ?? '',
      startsAt: new Date(body.startsAt),
      durationMinutes: body.durationMinutes,
      moduleId: body.moduleId?.toLowerCase() ?? null,
    };
    if (fields.startsAt.getTime() < now.getTime()) throw startsInPast();
    // Default: the creator, when she is one of the program's trainers or coordinators (an admin who is not stays out).
    const trainerIds = body.trainerIds ? distinct(body.trainerIds) : hasAnyRole(access, ['trainer', 'coordinator']) ? [access.userId] : [];
    const id = await this.sessions.transaction(async (tx) => {
      await this.checkReferences(access.programId, fields.moduleId, trainerIds, tx);
      const sessionId = await this.sessions.insert(access.programId, fields, access.userId, tx);
      await this.sessions.setTrainers(sessionId, trainerIds, tx);
      return sessionId;
    });
    const view = await this.viewOf(id);
    await this.jobs.plan(view, now);
    return toLiveSession(view, true);
  }

  /** The program's sessions overlapping the window, by start (members; route-checked). */
  async list(access: ProgramAccess, query: LiveSessionListQuery): Promise<LiveSession[]> {
    const from = query.from ? new Date(query.from) : null;
    const to = query.to ? new Date(query.to) : null;
    if (from && to && to.getTime() < from.getTime()) throw windowReversed();
    const moderator = isModerator(access);
    return (await this.sessions.list(access.programId, from, to)).map((view) => toLiveSession(view, moderator));
  }

  async get(caller: Caller, sessionId: string): Promise<LiveSession> {
    const { session, moderator } = await this.access.toSession(caller, sessionId);
    return toLiveSession(session, moderator);
  }

  /** Changes of a scheduled session (moderators; 409 once it started or ended). */
  async update(caller: Caller, sessionId: string, body: UpdateLiveSessionRequest): Promise<LiveSession> {
    const { session } = await this.access.toEdit(caller, sessionId);
    const now = this.clock.now();
    await this.sessions.transaction(async (tx) => {
      const current = await this.sessions.lock(sessionId, tx);
      if (!current) throw liveSessionNotFound();
      if (current.status !== 'scheduled') throw sessionNotScheduled();
      const next: LiveSessionFields = {
        title: body.title ?? current.title,
        description: body.description ?? current.description,
        startsAt: body.startsAt ? new Date(body.startsAt) : current.startsAt,
        durationMinutes: body.durationMinutes ?? current.durationMinutes,
        moduleId: body.moduleId === undefined ? current.moduleId : (body.moduleId?.toLowerCase() ?? null),
      };
      // Only a new start must lie ahead: a title fix minutes after the planned start stays possible.
      if (body.startsAt && next.startsAt.getTime() !== current.startsAt.getTime() && next.startsAt.getTime() < now.getTime())
        throw startsInPast();
      const trainerIds = body.trainerIds ? distinct(body.trainerIds) : null;
      await this.checkReferences(session.programId, next.moduleId !== current.moduleId ? next.moduleId : null, trainerIds ?? [], tx);
      await this.sessions.update(sessionId, next, tx);
      if (trainerIds) await this.sessions.setTrainers(sessionId, trainerIds, tx);
    });
    const view = await this.viewOf(sessionId);
    await this.jobs.plan(view, now);
    return toLiveSession(view, true);
  }

  /** Deletes a scheduled session (moderators; 409 once it started or ended). Its queued jobs find no row and do nothing. */
  async remove(caller: Caller, sessionId: string): Promise<void> {
    const { session } = await this.access.toEdit(caller, sessionId);
    if (session.status !== 'scheduled' || !(await this.sessions.deleteScheduled(sessionId))) throw sessionNotScheduled();
  }

  /**
   * scheduled → live (moderators), from LIVE_JOIN_EARLY_MINUTES before the start until the planned
   * end; a live session is answered as it is (a second click, a second moderator); an ended one 422.
   */
  async start(caller: Caller, sessionId: string): Promise<LiveSession> {
    const { session } = await this.access.toEdit(caller, sessionId);
    const now = this.clock.now();
    if (session.status === 'ended') throw sessionEnded();
    if (session.status === 'scheduled') {
      if (now.getTime() < joinableFrom(session).getTime()) throw tooEarlyToStart(LIVE_JOIN_EARLY_MINUTES);
      if (now.getTime() >= endsAt(session).getTime()) throw tooLateToStart();
      await this.lifecycle.start(sessionId, now);
    }
    const view = await this.viewOf(sessionId);
    if (view.status === 'ended') throw sessionEnded();
    await this.jobs.plan(view, now);
    return toLiveSession(view, true);
  }

  /**
   * live or scheduled → ended (moderators; also in an archived program: closing a room is always
   * allowed). An ended session is answered as it is.
   */
  async end(caller: Caller, sessionId: string): Promise<LiveSession> {
    const { session } = await this.access.toModerate(caller, sessionId);
    if (session.status !== 'ended') await this.lifecycle.end(sessionId, this.clock.now());
    return toLiveSession(await this.viewOf(sessionId), true);
  }

  /** The module must be the program's; every trainer a trainer or coordinator there (422 otherwise). */
  private async checkReferences(programId: string, moduleId: string | null, trainerIds: string[], tx: EntityManager): Promise<void> {
    if (moduleId && !(await this.sessions.moduleInProgram(programId, moduleId, tx))) throw invalidModule();
    if (trainerIds.length > 0) {
      const eligible = new Set(await this.sessions.trainersAmong(programId, trainerIds, tx));
      const refused = trainerIds.filter((id) => !eligible.has(id));
      if (refused.length > 0) throw invalidTrainers(refused.length);
    }
  }

  private async viewOf(sessionId: string): Promise<LiveSessionView> {
    const view = await this.views.findView(sessionId);
    if (!view) throw liveSessionNotFound();
    return view;
  }
}
