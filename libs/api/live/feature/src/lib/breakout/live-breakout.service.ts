import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import {
  liveBreakoutRoom,
  liveMainRoom,
  liveSessionRoom,
  userRoom,
  type BreakoutBroadcast,
  type BreakoutHelp,
  type BreakoutMove,
  type BreakoutOpen,
  type BreakoutRoomPlan,
  type BreakoutTimer,
  type BreakoutVisit,
  type LiveBreakout,
} from '@ecampus/shared/contracts';
import { LiveClock } from '../session';
import { LiveMediaRooms } from '../media/live-media-rooms';
import { LiveMediaSignalling } from '../media/live-media-signalling';
import { joinedSessions, type JoinedSession, type LiveNamespace, type LiveSocket } from '../room/live-room.sockets';
import { LiveRoomStore } from '../room/live-room.store';
import {
  breakoutAlreadyOpen,
  breakoutNoTandems,
  breakoutNotInRoom,
  breakoutNotLive,
  breakoutNotOpen,
  breakoutPersonNotFound,
  breakoutPersonTwice,
  breakoutRoomNotFound,
} from './breakout.errors';
import { LiveBreakoutRepository } from './live-breakout.repository';
import { LiveBreakoutStore } from './live-breakout.store';

/** How long opening or closing waits for Janus' rooms (the rooms' chat and notes do not wait for media). */
const MEDIA_TIMEOUT_MS = 5000;

/** A tandem's room name: "Tandem Anna Alt & Ben Neu", cut to the name limit. */
export const tandemRoomName = (names: string[]) => `Tandem ${names.join(' & ')}`.slice(0, 60);

/**
 * Breakout rooms (decision 027): the trainer opens rooms (one per tandem, or her own groups) with a
 * timer, moves people, visits, broadcasts and closes. Who is where is in Redis (LiveBreakoutStore);
 * each socket is in the Socket.IO room of where its person is (`…:main` or `…:breakout:<id>`), so
 * chat, notes and media reach only that room. A move is written to Redis first, then every API
 * process moves its own sockets of that person (`live:relocate`) and drops their Janus handles of
 * the old room; her page re-joins and negotiates in the new one. Attendance is untouched: she never
 * leaves the session.
 */
@Injectable()
export class LiveBreakoutService {
  private readonly logger = new Logger(LiveBreakoutService.name);
  private nsp: LiveNamespace | null = null;

  constructor(
    private readonly store: LiveBreakoutStore,
    private readonly repo: LiveBreakoutRepository,
    private readonly room: LiveRoomStore,
    private readonly mediaRooms: LiveMediaRooms,
    private readonly media: LiveMediaSignalling,
    private readonly clock: LiveClock,
  ) {}

  attach(nsp: LiveNamespace): void {
    this.nsp = nsp;
    nsp.on('live:relocate', (payload: { sessionId?: unknown; userIds?: unknown }) => {
      if (typeof payload?.sessionId !== 'string') return;
      const userIds = Array.isArray(payload.userIds) ? payload.userIds.filter((u): u is string => typeof u === 'string') : null;
      void this.relocateLocal(payload.sessionId, userIds).catch((e) => this.logger.error(`live:relocate: ${(e as Error).message}`));
    });
  }

  private get server(): LiveNamespace {
    if (!this.nsp) throw new Error('LiveBreakoutService: Socket.IO ist noch nicht bereit');
    return this.nsp;
  }

  state(sessionId: string): Promise<LiveBreakout | null> {
    return this.store.get(sessionId);
  }

  locationOf(sessionId: string, userId: string): Promise<string | null> {
    return this.store.locationOf(sessionId, userId);
  }

  /** The Socket.IO room of where she is. */
  channelOf(sessionId: string, location: string | null): string {
    return location ? liveBreakoutRoom(sessionId, location) : liveMainRoom(sessionId);
  }

  /**
   * Puts the socket into the Socket.IO room of where its person is (on join, after a recovery,
   * after a move); true when it was in another one before (its media there must go).
   */
  async place(socket: LiveSocket, sessionId: string): Promise<boolean> {
    const target = this.channelOf(sessionId, await this.store.locationOf(sessionId, socket.data.user.id));
    const stale = [...socket.rooms].filter((r) => isLocationChannel(sessionId, r) && r !== target);
    for (const r of stale) await socket.leave(r);
    if (!socket.rooms.has(target)) await socket.join(target);
    return stale.length > 0;
  }

  // ---------------------------------------------------------------- the trainer's commands

  /** The default groups: one room per tandem of whom someone is in the room now. */
  async plan(sessionId: string): Promise<{ rooms: BreakoutRoomPlan[] }> {
    const present = new Set((await this.room.participants(sessionId)).map((p) => p.userId));
    const rooms = (await this.repo.tandemsOf(sessionId))
      .filter((t) => t.userIds.some((u) => present.has(u)))
      .map((t) => ({ name: tandemRoomName(t.names), userIds: t.userIds }));
    // A person in two current tandems (mentor in one, mentee in another) goes with her first.
    const seen = new Set<string>();
    for (const r of rooms) {
      r.userIds = r.userIds.filter((u) => !seen.has(u));
      r.userIds.forEach((u) => seen.add(u));
    }
    return { rooms: rooms.filter((r) => r.userIds.length > 0) };
  }

  async open({ sessionId, minutes, rooms: wanted }: BreakoutOpen): Promise<{ breakout: LiveBreakout }> {
    if ((await this.repo.statusOf(sessionId)) !== 'live') throw breakoutNotLive();
    const plan = wanted ?? (await this.plan(sessionId)).rooms;
    if (plan.length === 0) throw breakoutNoTandems();
    const everyone = plan.flatMap((r) => r.userIds);
    if (new Set(everyone).size !== everyone.length) throw breakoutPersonTwice();
    const members = await this.repo.membersOf(sessionId, everyone);
    if (everyone.some((u) => !members.has(u))) throw breakoutPersonNotFound();

    const now = this.clock.now();
    const rooms = plan.map((r) => ({ id: randomUUID(), name: r.name }));
    const where: Record<string, string> = {};
    plan.forEach((r, i) => r.userIds.forEach((u) => (where[u] = rooms[i].id)));
    const opened = await this.store.open(
      sessionId,
      { openedAt: now.toISOString(), endsAt: new Date(now.getTime() + minutes * 60_000).toISOString(), rooms },
      where,
    );
    if (!opened) throw breakoutAlreadyOpen();
    await this.repo.insertRooms(sessionId, rooms, now);
    await this.withMedia('Gruppenräume öffnen', () =>
      Promise.all(rooms.map((r, i) => this.mediaRooms.open(sessionId, r.id, plan[i].userIds))),
    );
    await this.relocate(sessionId, Object.keys(where));
    return { breakout: await this.broadcastState(sessionId) };
  }

  /** Moves a person into a room or back (`roomId` null), at any time. */
  async move({ sessionId, userId, roomId }: BreakoutMove): Promise<object> {
    await this.assertRoom(sessionId, roomId);
    if (!(await this.room.person(sessionId, userId)) && !(await this.repo.membersOf(sessionId, [userId])).has(userId))
      throw breakoutPersonNotFound();
    await this.moveTo(sessionId, userId, roomId);
    await this.broadcastState(sessionId);
    return {};
  }

  /** A moderator goes into a room (answering its call for help) or back to the main room. */
  async visit(socket: LiveSocket, { sessionId, roomId }: BreakoutVisit): Promise<object> {
    await this.assertRoom(sessionId, roomId);
    await this.moveTo(sessionId, socket.data.user.id, roomId);
    if (roomId) await this.store.setHelp(sessionId, roomId, null);
    await this.broadcastState(sessionId);
    return {};
  }

  async timer({ sessionId, minutes }: BreakoutTimer): Promise<{ breakout: LiveBreakout }> {
    if (!(await this.store.rooms(sessionId))) throw breakoutNotOpen();
    await this.store.setEndsAt(sessionId, new Date(this.clock.now().getTime() + minutes * 60_000));
    return { breakout: await this.broadcastState(sessionId) };
  }

  /** Someone in a room calls the trainer in (or takes the call back). */
  async help(socket: LiveSocket, { sessionId, requested }: BreakoutHelp): Promise<object> {
    const location = await this.store.locationOf(sessionId, socket.data.user.id);
    if (!location) throw breakoutNotInRoom();
    await this.store.setHelp(sessionId, location, requested === false ? null : this.clock.now());
    await this.broadcastState(sessionId);
    return {};
  }

  async broadcast(entry: JoinedSession, { sessionId, text }: BreakoutBroadcast): Promise<object> {
    if (!(await this.store.rooms(sessionId))) throw breakoutNotOpen();
    this.server
      .to(liveSessionRoom(sessionId))
      .emit('breakout:broadcast', { sessionId, text, displayName: entry.displayName, at: this.clock.now().toISOString() });
    return {};
  }

  /** Closes the rooms: everyone is back in the main room, the rooms' Janus rooms go. */
  async close({ sessionId }: { sessionId: string }): Promise<object> {
    if (!(await this.closeNow(sessionId))) throw breakoutNotOpen();
    return {};
  }

  /** The timers that ran out close their rooms (every process sweeps; one of them gets each). */
  async closeDue(): Promise<number> {
    let closed = 0;
    for (const sessionId of await this.store.due(this.clock.now())) if (await this.closeNow(sessionId)) closed += 1;
    return closed;
  }

  private async closeNow(sessionId: string): Promise<boolean> {
    const closed = await this.store.close(sessionId);
    if (!closed) return false;
    await this.repo.closeRooms(
      closed.rooms.map((r) => r.id),
      this.clock.now(),
    );
    await this.relocate(sessionId, null);
    this.server.to(liveSessionRoom(sessionId)).emit('breakout:state', { sessionId, breakout: null });
    await this.withMedia('Gruppenräume schließen', () => Promise.all(closed.rooms.map((r) => this.mediaRooms.closeRoom(sessionId, r.id))));
    return true;
  }

  // ---------------------------------------------------------------- moving

  private async assertRoom(sessionId: string, roomId: string | null): Promise<void> {
    const rooms = await this.store.rooms(sessionId);
    if (!rooms) throw breakoutNotOpen();
    if (roomId && !rooms.some((r) => r.id === roomId)) throw breakoutRoomNotFound();
  }

  private async moveTo(sessionId: string, userId: string, roomId: string | null): Promise<void> {
    const before = await this.store.move(sessionId, userId, roomId);
    if (before === roomId) return;
    // Janus' side of the move: her token leaves the old breakout room's list (her feeds there are
    // dropped) and joins the new one's. The main room's list is the floor's business: untouched.
    await this.withMedia('Gruppenraum wechseln', async () => {
      if (before) await this.mediaRooms.revokeFloor(sessionId, userId, before);
      if (roomId) await this.mediaRooms.grantFloor(sessionId, userId, roomId);
    });
    await this.relocate(sessionId, [userId]);
  }

  /** Every process moves its sockets of these people (all of the session's: null) to where Redis says. */
  private async relocate(sessionId: string, userIds: string[] | null): Promise<void> {
    this.server.serverSideEmit('live:relocate', { sessionId, userIds });
    await this.relocateLocal(sessionId, userIds);
  }

  private async relocateLocal(sessionId: string, userIds: string[] | null): Promise<void> {
    const server = this.server;
    const socketIds = userIds
      ? userIds.flatMap((u) => [...(server.adapter.rooms.get(userRoom(u)) ?? [])])
      : [...(server.adapter.rooms.get(liveSessionRoom(sessionId)) ?? [])];
    for (const socketId of socketIds) {
      const socket = server.sockets.get(socketId);
      if (!socket || !joinedSessions(socket)[sessionId]) continue;
      if (await this.place(socket, sessionId))
        await this.media.release(socket.id, sessionId).catch((e) => this.logger.warn(`Medien von ${socket.id}: ${(e as Error).message}`));
    }
  }

  private async broadcastState(sessionId: string): Promise<LiveBreakout> {
    const breakout = await this.store.get(sessionId);
    this.server.to(liveSessionRoom(sessionId)).emit('breakout:state', { sessionId, breakout });
    if (!breakout) throw breakoutNotOpen();
    return breakout;
  }

  /** Media never holds up the rooms: without Janus (or with a slow one) they work without audio and video. */
  private async withMedia(what: string, run: () => Promise<unknown>): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        run(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('Janus antwortet nicht')), MEDIA_TIMEOUT_MS);
        }),
      ]);
    } catch (e) {
      this.logger.warn(`${what}: ${(e as Error).message}`);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** The Socket.IO rooms that say where in the session a socket is (main or a breakout room). */
export function isLocationChannel(sessionId: string, room: string): boolean {
  return room === liveMainRoom(sessionId) || room.startsWith(`${liveSessionRoom(sessionId)}:breakout:`);
}
