import { hasAnyRole, type ProgramAccess } from '@ecampus/api/programs/access';
import { LIVE_JOIN_EARLY_MINUTES, type LiveSession, type LiveSessionStatus } from '@ecampus/shared/contracts';

/*
 * The pure rules of live sessions (no I/O; live-session.rules.spec.ts tests them alone).
 */

/** Program coordinators and trainers, and admins, moderate every session of the program. */
export const isModerator = (access: ProgramAccess): boolean => access.isAdmin || hasAnyRole(access, ['coordinator', 'trainer']);

/** The role shown beside a person in the room: her first program role by weight, or 'admin'. */
export function roomRole(access: ProgramAccess): string {
  for (const role of ['coordinator', 'trainer', 'mentor', 'mentee'] as const) if (access.roles.includes(role)) return role;
  return access.isAdmin ? 'admin' : 'member';
}

export const endsAt = (s: { startsAt: Date; durationMinutes: number }): Date => new Date(s.startsAt.getTime() + s.durationMinutes * 60_000);
export const joinableFrom = (s: { startsAt: Date }): Date => new Date(s.startsAt.getTime() - LIVE_JOIN_EARLY_MINUTES * 60_000);

/**
 * Whether a person may be in the room now: moderators whenever the session is not ended (they
 * prepare slides before starting it); participants while it is live, or scheduled and within
 * LIVE_JOIN_EARLY_MINUTES of its start (they wait in the room until a moderator starts it).
 */
export function mayEnterRoom(session: { status: LiveSessionStatus; startsAt: Date }, moderator: boolean, now: Date): boolean {
  if (session.status === 'ended') return false;
  if (moderator || session.status === 'live') return true;
  return now.getTime() >= joinableFrom(session).getTime();
}

/** A session's row with what every view of it shows. */
export interface LiveSessionView {
  id: string;
  programId: string;
  moduleId: string | null;
  moduleTitle: string | null;
  title: string;
  description: string;
  startsAt: Date;
  durationMinutes: number;
  status: LiveSessionStatus;
  startedAt: Date | null;
  endedAt: Date | null;
  createdAt: Date;
  trainers: { userId: string; displayName: string }[];
}

export function toLiveSession(view: LiveSessionView, moderator: boolean): LiveSession {
  return {
    id: view.id,
    programId: view.programId,
    title: view.title,
    description: view.description,
    startsAt: view.startsAt.toISOString(),
    durationMinutes: view.durationMinutes,
    endsAt: endsAt(view).toISOString(),
    joinableFrom: joinableFrom(view).toISOString(),
    moduleId: view.moduleId,
    moduleTitle: view.moduleTitle,
    trainers: view.trainers,
    status: view.status,
    startedAt: view.startedAt?.toISOString() ?? null,
    endedAt: view.endedAt?.toISOString() ?? null,
    canModerate: moderator,
    createdAt: view.createdAt.toISOString(),
  };
}
