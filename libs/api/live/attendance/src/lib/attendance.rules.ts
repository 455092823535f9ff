import { LIVE_ATTENDANCE_GRACE_SECONDS } from '@ecampus/shared/contracts';

/*
 * The pure rules of attendance (no I/O, no clock of their own: `now` is always passed in, so
 * attendance.rules.spec.ts replays any sequence with explicit dates).
 */

/**
 * An open stay whose process moved last_seen_at within this many seconds is still there; an older
 * one belongs to a process that died and ends at its last heartbeat.
 */
export const LIVE_ATTENDANCE_ALIVE_SECONDS = 60;

/** One socket's stay in a room (a row of live_attendance). */
export interface AttendanceStay {
  joinedAt: Date;
  leftAt: Date | null;
  lastSeenAt: Date;
}

/** When the session was live: started_at → ended_at (null: not started / still live). */
export interface LivePeriod {
  startedAt: Date | null;
  endedAt: Date | null;
}

/** One person's presence in one session. */
export interface Presence {
  /** Seconds present while the session was live (stays merged, clipped to the live period). */
  secondsPresent: number;
  /** floor(secondsPresent / 60). */
  minutesPresent: number;
  /** Her first join, waiting room included; null without stays. */
  firstJoinedAt: Date | null;
  /** When she last left; null while she is in the room (or without stays). */
  lastLeftAt: Date | null;
}

const GRACE_MS = LIVE_ATTENDANCE_GRACE_SECONDS * 1000;
const ALIVE_MS = LIVE_ATTENDANCE_ALIVE_SECONDS * 1000;

/** Whether an open stay's process still vouches for it at `now`. */
export const isAlive = (stay: AttendanceStay, now: Date): boolean =>
  stay.leftAt === null && now.getTime() - stay.lastSeenAt.getTime() <= ALIVE_MS;

/** Where a stay ends: when she left, else now while her process is alive, else its last heartbeat. */
export function stayEnd(stay: AttendanceStay, now: Date): Date {
  if (stay.leftAt) return stay.leftAt;
  if (!isAlive(stay, now)) return stay.lastSeenAt;
  return now.getTime() > stay.lastSeenAt.getTime() ? now : stay.lastSeenAt;
}

/**
 * A person's stays as disjoint intervals [from, to] in ms: overlapping stays (two tabs) and gaps up
 * to LIVE_ATTENDANCE_GRACE_SECONDS (a reload, a lost network, a reconnect) are one interval; the
 * bridged gap counts as present.
 */
export function mergedStays(stays: readonly AttendanceStay[], now: Date): [number, number][] {
  const intervals = stays
    .map((s): [number, number] => [s.joinedAt.getTime(), Math.max(s.joinedAt.getTime(), stayEnd(s, now).getTime())])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [from, to] of intervals) {
    const last = merged.at(-1);
    if (last && from <= last[1] + GRACE_MS) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/** The live period in ms, or null when the session never started. An open end is `now`. */
function liveWindow(period: LivePeriod, now: Date): [number, number] | null {
  if (!period.startedAt) return null;
  return [period.startedAt.getTime(), (period.endedAt ?? now).getTime()];
}

/**
 * Minutes present of one person in one session: her stays merged (mergedStays) and clipped to the
 * session's live period, so time in the waiting room before the start and after the end does not
 * count; a session that never started counts 0.
 */
export function presenceOf(stays: readonly AttendanceStay[], period: LivePeriod, now: Date): Presence {
  if (stays.length === 0) return { secondsPresent: 0, minutesPresent: 0, firstJoinedAt: null, lastLeftAt: null };
  const window = liveWindow(period, now);
  let ms = 0;
  if (window) {
    for (const [from, to] of mergedStays(stays, now)) ms += Math.max(0, Math.min(to, window[1]) - Math.max(from, window[0]));
  }
  const firstJoinedAt = new Date(Math.min(...stays.map((s) => s.joinedAt.getTime())));
  const present = stays.some((s) => isAlive(s, now));
  const lastLeftAt = present ? null : new Date(Math.max(...stays.map((s) => stayEnd(s, now).getTime())));
  const secondsPresent = Math.floor(ms / 1000);
  return { secondsPresent, minutesPresent: Math.floor(ms / 60_000), firstJoinedAt, lastLeftAt };
}

/** How many whole minutes the session was live (0 when it never started). */
export function minutesLive(period: LivePeriod, now: Date): number {
  const window = liveWindow(period, now);
  return window ? Math.floor(Math.max(0, window[1] - window[0]) / 60_000) : 0;
}

/**
 * Whether she attended a session for the certificate criteria: present at all while it was live,
 * and at least `ratio` of the minutes it was live (a ratio of 0: being there at all).
 */
export const attended = (presence: Pick<Presence, 'secondsPresent' | 'minutesPresent'>, minutesHeld: number, ratio: number): boolean =>
  // The epsilon keeps 0.3 × 10 (3.0000000000000004 in floating point) at 3 minutes.
  presence.secondsPresent > 0 && presence.minutesPresent + 1e-9 >= ratio * minutesHeld;

/** The role shown beside a person in the attendance list: her first program role by weight, else 'admin' or null. */
export function attendanceRole(roles: readonly string[], isAdmin: boolean): string | null {
  for (const role of ['coordinator', 'trainer', 'mentor', 'mentee']) if (roles.includes(role)) return role;
  return isAdmin ? 'admin' : null;
}
