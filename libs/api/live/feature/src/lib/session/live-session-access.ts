import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { assertNotArchived, ProgramAccessService, type Caller, type ProgramAccess } from '@ecampus/api/programs/access';
import { liveSessionNotFound, onlyModerators } from '../live.errors';
import { LiveSessionViewsRepository } from './live-session-views.repository';
import { isModerator, type LiveSessionView } from './live-session.rules';

export interface LiveSessionAccessResult {
  session: LiveSessionView;
  access: ProgramAccess;
  /** Coordinator or trainer of the program, or admin. */
  moderator: boolean;
}

export type SessionViews = Pick<LiveSessionViewsRepository, 'findView'>;
export type ProgramStandings = Pick<ProgramAccessService, 'accessOf'>;

/**
 * Who may know a live session: the members of its program (and admins); everyone else gets the
 * same 404 as for an id that does not exist. Moderating (start, end, edit, polls, slides,
 * moderation, attendance) needs coordinator or trainer in that program, or admin: 403 otherwise.
 * Used by every route and socket event of the domain.
 */
@Injectable()
export class LiveSessionAccess {
  constructor(
    @Inject(LiveSessionViewsRepository) private readonly views: SessionViews,
    @Inject(ProgramAccessService) private readonly programs: ProgramStandings,
  ) {}

  /** The session and the caller's standing (404 when she may not know it). */
  async toSession(caller: Caller, sessionId: string): Promise<LiveSessionAccessResult> {
    const session = await this.views.findView(sessionId);
    if (!session) throw liveSessionNotFound();
    let access: ProgramAccess;
    try {
      access = await this.programs.accessOf(caller, session.programId);
    } catch (e) {
      if (e instanceof NotFoundException) throw liveSessionNotFound();
      throw e;
    }
    return { session, access, moderator: isModerator(access) };
  }

  /** A session the caller moderates (403 for other members). */
  async toModerate(caller: Caller, sessionId: string): Promise<LiveSessionAccessResult> {
    const found = await this.toSession(caller, sessionId);
    if (!found.moderator) throw onlyModerators();
    return found;
  }

  /** A session the caller may change: moderator, program not archived (422). */
  async toEdit(caller: Caller, sessionId: string): Promise<LiveSessionAccessResult> {
    const found = await this.toModerate(caller, sessionId);
    assertNotArchived(found.access);
    return found;
  }
}
