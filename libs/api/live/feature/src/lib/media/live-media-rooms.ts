import { createHmac, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { VideoRoomHandle } from 'janode/plugins/videoroom';
import { MEDIA_KINDS, type MediaKind } from '@ecampus/shared/contracts';
import { JanusGateway, janusCode } from './janus.gateway';
import { LiveMediaRepository, MAIN_ROOM, type MediaRoomRow } from './live-media.repository';

/** Janus VideoRoom error codes the rooms expect (janus_videoroom.c). */
const JANUS_NO_SUCH_ROOM = 426;
const JANUS_ROOM_EXISTS = 427;
/** How many may publish at once in one room (the trainer's camera and screen count as one publisher each). */
export const MAX_PUBLISHERS = 50;

/** Publishers join with `<userId>|<kind>` as display name: every process can tell whose feed it is. */
export const publisherDisplay = (userId: string, kind: MediaKind) => `${userId}|${kind}`;
export function publisherOf(display: string | undefined): { userId: string; kind: MediaKind } | null {
  const [userId, kind] = (display ?? '').split('|');
  return userId && (MEDIA_KINDS as readonly string[]).includes(kind) ? { userId, kind: kind as MediaKind } : null;
}

/**
 * The Janus room of each live session (decision 026): made when the session starts (again when
 * Janus lost it), destroyed when it ends. The room's ACL holds a publish token per person with the
 * floor — the trainers from the start, others while a trainer gives them the floor — so Janus
 * itself refuses anyone else who tries to publish. Tokens are HMACs of the room's secret: every
 * API process computes the same ones without storing them.
 */
@Injectable()
export class LiveMediaRooms {
  constructor(
    private readonly janus: JanusGateway,
    private readonly rooms: LiveMediaRepository,
  ) {}

  /** Whether audio and video are configured (JANUS_URL). */
  get configured(): boolean {
    return this.janus.configured;
  }

  /**
   * A room of the session (`main`, or a breakout room's id), created in Janus when missing; null
   * without a media server. `members` may publish in it besides the trainers (a breakout room's people).
   */
  async open(sessionId: string, roomKey: string = MAIN_ROOM, members: string[] = []): Promise<MediaRoomRow | null> {
    if (!this.janus.configured) return null;
    const row = await this.rooms.ensure(sessionId, roomKey, randomBytes(24).toString('base64url'));
    const admin = await this.janus.admin();
    if (!(await admin.exists({ room: row.janusRoom })).exists) await this.create(admin, row, members);
    return row;
  }

  /** Destroys every room of the session (everyone in them is dropped by Janus); false when it had none. */
  async close(sessionId: string): Promise<boolean> {
    if (!this.janus.configured) return false;
    const rows = await this.rooms.ofSession(sessionId);
    for (const row of rows) await this.destroy(row);
    return rows.length > 0;
  }

  /** Destroys one room of the session (a breakout room that closed). */
  async closeRoom(sessionId: string, roomKey: string): Promise<void> {
    if (!this.janus.configured) return;
    const row = await this.rooms.find(sessionId, roomKey);
    if (row) await this.destroy(row);
  }

  private async destroy(row: MediaRoomRow): Promise<void> {
    const admin = await this.janus.admin();
    try {
      await admin.destroy({ room: row.janusRoom, secret: row.secret });
    } catch (e) {
      if (janusCode(e) !== JANUS_NO_SUCH_ROOM) throw e;
    }
    await this.rooms.remove(row.sessionId, row.roomKey);
  }

  /** Rooms left behind by sessions that ended while Janus was away (the worker's reconciler). */
  async closeLeftovers(): Promise<number> {
    if (!this.janus.configured) return 0;
    let closed = 0;
    for (const sessionId of await this.rooms.ofEndedSessions()) if (await this.close(sessionId)) closed += 1;
    return closed;
  }

  /** The token with which `userId` may join the room as a publisher, once it is in the room's ACL. */
  publisherToken(room: MediaRoomRow, userId: string): string {
    return createHmac('sha256', room.secret).update(`publish:${userId}`).digest('base64url');
  }

  /** She may publish in the room (a trainer gave her the floor, or she was moved into a breakout room). */
  async grantFloor(sessionId: string, userId: string, roomKey: string = MAIN_ROOM): Promise<void> {
    const room = await this.open(sessionId, roomKey);
    if (!room) return;
    await (
      await this.janus.admin()
    ).allow({ room: room.janusRoom, action: 'add', list: [this.publisherToken(room, userId)], secret: room.secret });
  }

  /**
   * She may no longer publish: her token leaves the ACL and Janus drops her published feeds.
   */
  async revokeFloor(sessionId: string, userId: string, roomKey: string = MAIN_ROOM): Promise<void> {
    if (!this.janus.configured) return;
    const room = await this.rooms.find(sessionId, roomKey);
    if (!room) return;
    const admin = await this.janus.admin();
    await admin.allow({ room: room.janusRoom, action: 'remove', list: [this.publisherToken(room, userId)], secret: room.secret });
    const { participants } = await admin.listParticipants({ room: room.janusRoom, secret: room.secret });
    for (const p of participants.filter((x) => publisherOf(x.display)?.userId === userId)) {
      await admin.kick({ room: room.janusRoom, feed: p.feed, secret: room.secret }).catch(() => undefined);
    }
  }

  private async create(admin: VideoRoomHandle, row: MediaRoomRow, members: string[]): Promise<void> {
    const trainers = await this.rooms.trainerIds(row.sessionId);
    try {
      await admin.message({
        request: 'create',
        room: row.janusRoom,
        description: `eCampus ${row.sessionId} ${row.roomKey}`,
        secret: row.secret,
        admin_key: this.janus.adminKey,
        is_private: true,
        publishers: MAX_PUBLISHERS,
        // The ACL: only tokens in it may join as publishers (checked by Janus, not only by us).
        allowed: [...new Set([...trainers, ...members])].map((id) => this.publisherToken(row, id)),
        audiolevel_event: true,
        notify_joining: true,
      });
    } catch (e) {
      // Another process created it a moment earlier.
      if (janusCode(e) !== JANUS_ROOM_EXISTS) throw e;
    }
    // An empty list would leave the check off: switch it on explicitly.
    await admin.allow({ room: row.janusRoom, action: 'enable', secret: row.secret });
  }
}
