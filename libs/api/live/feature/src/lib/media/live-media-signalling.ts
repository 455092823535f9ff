import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { VideoRoomHandle } from 'janode/plugins/videoroom';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import {
  liveBreakoutRoom,
  liveMainRoom,
  liveSessionRoom,
  MEDIA_KINDS,
  type LiveMediaInfo,
  type LiveMediaPublisher,
  type MediaAnswer,
  type MediaFloor,
  type MediaKind,
  type MediaLayer,
  type MediaMute,
  type MediaOpenFloor,
  type MediaPublish,
  type MediaSubscribe,
  type MediaUnpublish,
  type MediaUnsubscribe,
  type SessionDescription,
} from '@ecampus/shared/contracts';
import type { LiveNamespace } from '../room/live-room.sockets';
import { JanusGateway, janusCode, mediaUnavailable } from './janus.gateway';
import { LiveBreakoutStore } from '../breakout/live-breakout.store';
import { LiveMediaRepository, MAIN_ROOM, type MediaRoomRow } from './live-media.repository';
import { LiveMediaRooms, publisherDisplay, publisherOf } from './live-media-rooms';
import { LiveMediaStore } from './live-media.store';
import { feedNotFound, mediaNotLive, negotiationFailed, noFloor, subscriptionNotFound } from './media.errors';

/** Janus VideoRoom: "Unauthorized (not in the allowed list)", "No such feed". */
const JANUS_UNAUTHORIZED = 433;
const JANUS_NO_SUCH_FEED = 428;

/** Janus' own refusal of a request (a plugin error with its code) as a 422 with its words. */
function refusedByJanus(e: unknown): never {
  if (janusCode(e)) throw negotiationFailed((e as Error).message);
  throw e;
}

/** The `a=mid` of the first section of `media` in a description (null without one). */
export function midOf(sdp: string, media: 'audio' | 'video'): string | null {
  let inside = false;
  for (const line of sdp.split(/\r?\n/)) {
    if (line.startsWith('m=')) inside = line.startsWith(`m=${media}`);
    else if (inside && line.startsWith('a=mid:')) return line.slice(6).trim();
  }
  return null;
}

/** The `a=mid` of the first audio section of a description (null without audio). */
export const audioMidOf = (sdp: string) => midOf(sdp, 'audio');

/** Who asks: the handshake's user and her entry in the room (the gateway checked both). */
export interface MediaCaller {
  socketId: string;
  userId: string;
  moderator: boolean;
}

/** The Janus handles this process holds for one socket in one session. */
interface PeerHandles {
  /** The Janus room the handles are in (the main room, or her breakout room). */
  room: MediaRoomRow | null;
  publishers: Map<MediaKind, VideoRoomHandle>;
  subscriptions: Map<string, VideoRoomHandle & { videoMid?: string | null }>;
}

/**
 * Signalling of audio and video (decision 026): the browser's offers and answers go through
 * here to Janus with this process's handles — one publisher handle per kind (camera, screen) and
 * one subscriber handle per received feed, per socket and session. Leaving, disconnecting or being
 * removed detaches them, which ends that media at once. Everything happens in the Janus room of
 * where she is: the main room, or her breakout room (decision 027) — where everyone may publish.
 */
@Injectable()
export class LiveMediaSignalling {
  private readonly logger = new Logger(LiveMediaSignalling.name);
  private readonly peers = new Map<string, PeerHandles>();
  private nsp: LiveNamespace | null = null;

  constructor(
    private readonly janus: JanusGateway,
    private readonly rooms: LiveMediaRooms,
    private readonly repo: LiveMediaRepository,
    private readonly store: LiveMediaStore,
    private readonly breakouts: LiveBreakoutStore,
    @InjectConfig()
    private readonly config: Pick<AppConfig, 'MEDIA_STUN_URLS' | 'MEDIA_TURN_URLS' | 'MEDIA_TURN_USERNAME' | 'MEDIA_TURN_CREDENTIAL'>,
  ) {}

  attach(nsp: LiveNamespace): void {
    this.nsp = nsp;
  }

  /** Where she is: the main room's key, or her breakout room's id. */
  private async whereIs(caller: MediaCaller, sessionId: string): Promise<string> {
    return (await this.breakouts.locationOf(sessionId, caller.userId)) ?? MAIN_ROOM;
  }

  async info(caller: MediaCaller, sessionId: string): Promise<{ media: LiveMediaInfo }> {
    const [floor, muted, where, openFloor] = await Promise.all([
      this.store.floor(sessionId),
      this.store.muted(sessionId),
      this.whereIs(caller, sessionId),
      this.store.openFloor(sessionId),
    ]);
    const canPublish = caller.moderator || openFloor || floor.includes(caller.userId) || where !== MAIN_ROOM;
    const none = { available: false, iceServers: [], canPublish, floor, openFloor, muted, publishers: [] };
    if (!this.janus.configured) return { media: none };
    const room = await this.repo.find(sessionId, where);
    let publishers: LiveMediaPublisher[] = [];
    try {
      if (room) publishers = await this.publishersOf(room);
    } catch {
      return { media: none };
    }
    return { media: { available: true, iceServers: this.iceServers(), canPublish, floor, openFloor, muted, publishers } };
  }

  async publish(caller: MediaCaller, { sessionId, kind, jsep }: MediaPublish): Promise<{ jsep: SessionDescription; feed: number }> {
    const where = await this.whereIs(caller, sessionId);
    const freely = caller.moderator || where !== MAIN_ROOM || (await this.store.openFloor(sessionId));
    if (!freely && !(await this.store.hasFloor(sessionId, caller.userId))) throw noFloor();
    const room = await this.liveRoom(sessionId, where);
    // Moderators always have the floor, in a breakout room everyone in it, and everyone while the
    // floor is open: the token joins the room's ACL now.
    if (freely) await this.rooms.grantFloor(sessionId, caller.userId, where);
    const peer = this.peer(caller.socketId, sessionId, room);
    await this.detach(peer.publishers.get(kind));
    peer.publishers.delete(kind);
    const handle = await this.janus.attach();
    try {
      const joined = await handle.joinPublisher({
        room: room.janusRoom,
        display: publisherDisplay(caller.userId, kind),
        token: this.rooms.publisherToken(room, caller.userId),
      });
      // Janus lists the feed once its media flows: then the room hears about it (and again when it stops).
      const announce = () =>
        void this.broadcastPublishers(sessionId, room).catch((e) => this.logger.warn(`media:publishers: ${(e as Error).message}`));
      const audioMid = kind === 'camera' ? audioMidOf(jsep.sdp) : null;
      if (audioMid) await this.store.setAudioMid(sessionId, joined.feed, audioMid);
      handle.once('handle_webrtcup', () => {
        announce();
        // Muted by a moderator before: her new camera's microphone stays muted.
        if (audioMid)
          void this.store
            .isMuted(sessionId, caller.userId)
            .then((muted) => (muted ? this.moderate(room, joined.feed, audioMid, true) : undefined))
            .catch((e) => this.logger.warn(`Stummschaltung: ${(e as Error).message}`));
      });
      handle.once('handle_hangup', announce);
      // Janus tells the room's other publishers who is talking: passed on once per change and process.
      handle.on('videoroom_talking', (event: { feed?: number; talking?: boolean }) => {
        if (typeof event.feed === 'number' && typeof event.talking === 'boolean')
          void this.talkingChanged(sessionId, room, event.feed, event.talking);
      });
      const configured = await handle.publish({ jsep });
      if (!configured.jsep) throw new Error('Janus gab keine Antwort-Beschreibung zurück');
      peer.publishers.set(kind, handle);
      return { jsep: configured.jsep, feed: joined.feed };
    } catch (e) {
      await this.detach(handle);
      // Janus' own ACL refused: she has no floor there (taken back a moment ago).
      if (janusCode(e) === JANUS_UNAUTHORIZED) throw noFloor();
      refusedByJanus(e);
    }
  }

  async unpublish(caller: MediaCaller, { sessionId, kind }: MediaUnpublish): Promise<object> {
    const peer = this.peers.get(this.peerKey(caller.socketId, sessionId));
    const handle = peer?.publishers.get(kind);
    if (!peer || !handle) return {};
    peer.publishers.delete(kind);
    await this.detach(handle);
    if (peer.room) await this.broadcastPublishers(sessionId, peer.room);
    return {};
  }

  async subscribe(caller: MediaCaller, { sessionId, feed }: MediaSubscribe): Promise<{ subscriptionId: string; jsep: SessionDescription }> {
    const room = await this.liveRoom(sessionId, await this.whereIs(caller, sessionId));
    const handle = await this.janus.attach();
    try {
      const joined = await handle.joinSubscriber({ room: room.janusRoom, feed });
      if (!joined.jsep) throw new Error('Janus gab kein Angebot zurück');
      const subscriptionId = randomUUID();
      // The video's mid in this subscription: what a layer change names.
      this.peer(caller.socketId, sessionId, room).subscriptions.set(
        subscriptionId,
        Object.assign(handle, { videoMid: midOf(joined.jsep.sdp, 'video') }),
      );
      return { subscriptionId, jsep: joined.jsep };
    } catch (e) {
      await this.detach(handle);
      if (janusCode(e) === JANUS_NO_SUCH_FEED) throw feedNotFound();
      refusedByJanus(e);
    }
  }

  async answer(caller: MediaCaller, { sessionId, subscriptionId, jsep }: MediaAnswer): Promise<object> {
    const handle = this.peers.get(this.peerKey(caller.socketId, sessionId))?.subscriptions.get(subscriptionId);
    if (!handle) throw subscriptionNotFound();
    await handle.start({ jsep }).catch(refusedByJanus);
    return {};
  }

  /** She wants another simulcast layer of a camera she receives (a phone the low one). */
  async layer(caller: MediaCaller, { sessionId, subscriptionId, layer }: MediaLayer): Promise<object> {
    const handle = this.peers.get(this.peerKey(caller.socketId, sessionId))?.subscriptions.get(subscriptionId);
    if (!handle) throw subscriptionNotFound();
    if (!handle.videoMid) return {};
    await handle.message({ request: 'configure', streams: [{ mid: handle.videoMid, substream: layer }] }).catch(refusedByJanus);
    return {};
  }

  async unsubscribe(caller: MediaCaller, { sessionId, subscriptionId }: MediaUnsubscribe): Promise<object> {
    const peer = this.peers.get(this.peerKey(caller.socketId, sessionId));
    const handle = peer?.subscriptions.get(subscriptionId);
    if (!peer || !handle) return {};
    peer.subscriptions.delete(subscriptionId);
    await this.detach(handle);
    return {};
  }

  /** A moderator gives the floor or takes it back (then Janus drops her published feeds). */
  async floor({ sessionId, userId, granted }: MediaFloor): Promise<object> {
    await this.store.setFloor(sessionId, userId, granted);
    if (granted) await this.rooms.grantFloor(sessionId, userId);
    else await this.rooms.revokeFloor(sessionId, userId);
    await this.announceFloor(sessionId);
    if (!granted) {
      const room = await this.repo.find(sessionId);
      if (room) await this.broadcastPublishers(sessionId, room);
    }
    return {};
  }

  /**
   * A moderator opens the floor to everyone (small groups) or closes it again: then whoever
   * publishes in the main room without the floor given to her (and is no moderator) is dropped by Janus.
   */
  async openFloor({ sessionId, open }: MediaOpenFloor): Promise<object> {
    await this.store.setOpenFloor(sessionId, open);
    if (!open && this.janus.configured) {
      const room = await this.repo.find(sessionId);
      if (room) {
        const publishing = [...new Set((await this.publishersOf(room)).map((p) => p.userId))];
        const [given, moderators] = await Promise.all([this.store.floor(sessionId), this.repo.moderatorsAmong(sessionId, publishing)]);
        const dropped = new Set(publishing.filter((u) => !given.includes(u) && !moderators.has(u)));
        for (const userId of dropped) await this.rooms.revokeFloor(sessionId, userId);
        if (dropped.size > 0) await this.broadcastPublishers(sessionId, room);
      }
    }
    await this.announceFloor(sessionId);
    return {};
  }

  private async announceFloor(sessionId: string): Promise<void> {
    const [userIds, openFloor] = await Promise.all([this.store.floor(sessionId), this.store.openFloor(sessionId)]);
    this.nsp?.to(liveSessionRoom(sessionId)).emit('media:floor', { sessionId, userIds, openFloor });
  }

  /** A moderator mutes someone's microphone, or lifts it: Janus stops (or resumes) forwarding her audio. */
  async mute({ sessionId, userId, muted }: MediaMute): Promise<object> {
    await this.store.setMuted(sessionId, userId, muted);
    // In whichever of the session's rooms she publishes (main or breakout).
    for (const room of this.janus.configured ? await this.repo.ofSession(sessionId) : []) {
      for (const p of (await this.publishersOf(room)).filter((x) => x.userId === userId && x.kind === 'camera')) {
        const mid = await this.store.audioMid(sessionId, p.feed);
        if (mid) await this.moderate(room, p.feed, mid, muted);
      }
    }
    this.nsp?.to(liveSessionRoom(sessionId)).emit('media:muted', { sessionId, userIds: await this.store.muted(sessionId) });
    return {};
  }

  private async moderate(room: MediaRoomRow, feed: number, mid: string, mute: boolean): Promise<void> {
    await (await this.janus.admin()).message({ request: 'moderate', room: room.janusRoom, secret: room.secret, id: feed, mid, mute });
  }

  /** The socket left the session (leave, disconnect, removal, end): its handles go, and with them its media. */
  async release(socketId: string, sessionId: string): Promise<void> {
    const key = this.peerKey(socketId, sessionId);
    const peer = this.peers.get(key);
    if (!peer) return;
    this.peers.delete(key);
    const published = peer.publishers.size > 0;
    await Promise.all([...peer.publishers.values(), ...peer.subscriptions.values()].map((h) => this.detach(h)));
    if (published && peer.room)
      await this.broadcastPublishers(sessionId, peer.room).catch((e) => this.logger.warn(`media:publishers: ${(e as Error).message}`));
  }

  /** How many Janus handles this process holds for the socket in the session (tests, diagnostics). */
  handlesOf(socketId: string, sessionId: string): { publishers: MediaKind[]; subscriptions: number } {
    const peer = this.peers.get(this.peerKey(socketId, sessionId));
    return { publishers: MEDIA_KINDS.filter((k) => peer?.publishers.has(k)), subscriptions: peer?.subscriptions.size ?? 0 };
  }

  private async liveRoom(sessionId: string, where: string): Promise<MediaRoomRow> {
    if (!this.janus.configured) throw mediaUnavailable();
    if ((await this.repo.statusOf(sessionId)) !== 'live') throw mediaNotLive();
    const room = await this.rooms.open(sessionId, where);
    if (!room) throw mediaUnavailable();
    return room;
  }

  /** Who publishes which feed, per Janus room (filled by every listing). */
  private readonly feedOwners = new Map<number, Map<number, string>>();
  /** The last talking state passed on, per Janus room and feed. */
  private readonly talkingNow = new Map<number, Map<number, boolean>>();

  private async talkingChanged(sessionId: string, room: MediaRoomRow, feed: number, talking: boolean): Promise<void> {
    const states = this.talkingNow.get(room.janusRoom) ?? new Map<number, boolean>();
    this.talkingNow.set(room.janusRoom, states);
    if (states.get(feed) === talking) return;
    states.set(feed, talking);
    let userId = this.feedOwners.get(room.janusRoom)?.get(feed);
    if (!userId) userId = (await this.publishersOf(room).catch(() => [])).find((p) => p.feed === feed)?.userId;
    if (userId) this.nsp?.to(channelOf(room)).emit('media:talking', { sessionId, userId, talking });
  }

  private async publishersOf(room: MediaRoomRow): Promise<LiveMediaPublisher[]> {
    const { participants } = await (await this.janus.admin()).listParticipants({ room: room.janusRoom, secret: room.secret });
    const publishers = participants
      .filter((p) => p.publisher)
      .flatMap((p) => {
        const who = publisherOf(p.display);
        return who ? [{ feed: p.feed, ...who }] : [];
      })
      .sort((a, b) => a.feed - b.feed);
    this.feedOwners.set(room.janusRoom, new Map(publishers.map((p) => [p.feed, p.userId])));
    return publishers;
  }

  private async broadcastPublishers(sessionId: string, room: MediaRoomRow): Promise<void> {
    this.nsp?.to(channelOf(room)).emit('media:publishers', { sessionId, publishers: await this.publishersOf(room) });
  }

  private iceServers(): LiveMediaInfo['iceServers'] {
    const list = (v: string) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    const servers: LiveMediaInfo['iceServers'] = [];
    const stun = list(this.config.MEDIA_STUN_URLS);
    if (stun.length) servers.push({ urls: stun });
    const turn = list(this.config.MEDIA_TURN_URLS);
    if (turn.length) servers.push({ urls: turn, username: this.config.MEDIA_TURN_USERNAME, credential: this.config.MEDIA_TURN_CREDENTIAL });
    return servers;
  }

  private peerKey(socketId: string, sessionId: string): string {
    return `${socketId}:${sessionId}`;
  }

  private peer(socketId: string, sessionId: string, room: MediaRoomRow): PeerHandles {
    const key = this.peerKey(socketId, sessionId);
    let peer = this.peers.get(key);
    if (!peer) this.peers.set(key, (peer = { room, publishers: new Map(), subscriptions: new Map() }));
    peer.room = room;
    return peer;
  }

  private async detach(handle: VideoRoomHandle | undefined): Promise<void> {
    if (handle) await handle.detach().catch(() => undefined);
  }
}

/** The Socket.IO room of the people in a Janus room: the session's main room, or one breakout room. */
const channelOf = (room: MediaRoomRow) =>
  room.roomKey === MAIN_ROOM ? liveMainRoom(room.sessionId) : liveBreakoutRoom(room.sessionId, room.roomKey);
