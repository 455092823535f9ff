import type { LiveParticipant } from '@ecampus/shared/contracts';

/*
 * The pure rules of the room (no I/O; live-room.rules.spec.ts tests them alone).
 */

/** One socket in a room, as Redis keeps it (the process id lets others remove it when that process dies). */
export interface PresenceEntry {
  userId: string;
  displayName: string;
  role: string;
  moderator: boolean;
  processId: string;
}

/** One participant per person (her tabs merged), moderators first, then by name. */
export function groupPresence(entries: PresenceEntry[], muted: Set<string>): LiveParticipant[] {
  const byUser = new Map<string, LiveParticipant>();
  for (const e of entries) {
    if (byUser.has(e.userId)) continue;
    byUser.set(e.userId, {
      userId: e.userId,
      displayName: e.displayName,
      role: e.role,
      moderator: e.moderator,
      muted: muted.has(e.userId),
    });
  }
  return [...byUser.values()].sort(
    (a, b) =>
      Number(b.moderator) - Number(a.moderator) || a.displayName.localeCompare(b.displayName, 'de') || a.userId.localeCompare(b.userId),
  );
}

/**
 * A cheap per-socket counter in front of the Redis limit: a socket over `max` events in the current
 * window is refused without asking Redis (one socket cannot be under its person's limit then).
 */
export class LocalRateWindow {
  private window = -1;
  private count = 0;

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one event at `now`; false when the socket is over its limit in this window. */
  hit(now: number): boolean {
    const window = Math.floor(now / this.windowMs);
    if (window !== this.window) {
      this.window = window;
      this.count = 0;
    }
    this.count += 1;
    return this.count <= this.max;
  }
}

/** A short per-process cache (the session's status per event without a query per event). */
export class ShortCache<V> {
  private readonly entries = new Map<string, { value: V; until: number }>();

  constructor(private readonly ttlMs: number) {}

  async get(key: string, now: number, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && hit.until > now) return hit.value;
    const value = await load();
    this.entries.set(key, { value, until: now + this.ttlMs });
    if (this.entries.size > 10_000) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }

  forget(key: string): void {
    this.entries.delete(key);
  }
}
