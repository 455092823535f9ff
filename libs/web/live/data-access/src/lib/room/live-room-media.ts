import { DestroyRef, Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { LiveMediaInfo, LiveMediaPublisher, MediaKind } from '@ecampus/shared/contracts';
import { LiveRoomError } from './live-room-errors';
import { LiveRoomStore } from './live-room-store';

/** How long a peer connection may gather ICE candidates before its description is sent anyway. */
export const ICE_GATHERING_TIMEOUT_MS = 3000;

/** A feed the page shows: someone's camera or screen (hers too, from her own devices). */
export interface MediaTile {
  /** `local-camera`, `local-screen` or the Janus feed number. */
  key: string;
  userId: string;
  kind: MediaKind;
  stream: MediaStream;
  mine: boolean;
  /** Her microphone is above Janus' talking threshold. */
  talking: boolean;
}

/** Why her devices could not start, in words the page shows. */
export type MediaProblem = 'denied' | 'notFound' | 'inUse' | 'failed' | 'noFloor' | 'unavailable';

/** What her camera used, to turn it on again in another room. */
interface CameraSettings {
  cameraId: string | null;
  microphoneId: string | null;
  micMuted: boolean;
  pictureOff: boolean;
}

interface Subscription {
  feed: number;
  subscriptionId: string | null;
  pc: RTCPeerConnection;
  stream: MediaStream;
}

/** Narrow screens (phones) receive cameras' low simulcast layer: less data, the same picture at that size. */
export const PHONE_QUERY = '(max-width: 599.98px)';

/** Chrome and Janus (rid simulcast): three layers, phones are sent the lower ones. */
const SIMULCAST: RTCRtpEncodingParameters[] = [
  { rid: 'h', maxBitrate: 900_000 },
  { rid: 'm', maxBitrate: 300_000, scaleResolutionDownBy: 2 },
  { rid: 'l', maxBitrate: 100_000, scaleResolutionDownBy: 4 },
];

/** Her camera (720p wished) and microphone, the chosen devices or the browser's defaults. */
export function openCamera(devices: { cameraId?: string | null; microphoneId?: string | null } = {}): Promise<MediaStream> {
  return navigator.mediaDevices.getUserMedia({
    audio: devices.microphoneId ? { deviceId: { exact: devices.microphoneId } } : true,
    video: { width: { ideal: 1280 }, height: { ideal: 720 }, ...(devices.cameraId ? { deviceId: { exact: devices.cameraId } } : {}) },
  });
}

async function gathered(pc: RTCPeerConnection): Promise<void> {
  if (pc.iceGatheringState === 'complete') return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ICE_GATHERING_TIMEOUT_MS);
    pc.addEventListener('icegatheringstatechange', () => {
      if (pc.iceGatheringState === 'complete') {
        clearTimeout(timer);
        resolve();
      }
    });
  });
}

/** What went wrong with her devices or the server, for the page's German explanation. */
export function mediaProblemOf(error: unknown): MediaProblem {
  if (error instanceof LiveRoomError)
    return error.code === 'live_no_floor' ? 'noFloor' : error.code === 'live_media_unavailable' ? 'unavailable' : 'failed';
  const name = (error as { name?: string })?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'notFound';
  if (name === 'NotReadableError' || name === 'AbortError') return 'inUse';
  return 'failed';
}

/**
 * Audio and video of the room the page is in (decision 026): her camera (with microphone) and
 * screen go to Janus through the room's `/live` events, and every other published feed comes back
 * as a tile. Follows the room's joins (after a reconnect it negotiates again). Provided by the
 * room page next to LiveRoomStore.
 */
@Injectable()
export class LiveRoomMedia {
  private readonly room = inject(LiveRoomStore);

  private readonly infoState = signal<LiveMediaInfo | null>(null);
  private readonly publishersState = signal<LiveMediaPublisher[]>([]);
  private readonly floorState = signal<string[]>([]);
  private readonly openFloorState = signal(false);
  private readonly talkingState = signal<ReadonlySet<string>>(new Set());
  private readonly mutedState = signal<string[]>([]);
  private readonly localState = signal<Partial<Record<MediaKind, MediaStream>>>({});
  private readonly remoteState = signal<Subscription[]>([]);
  private readonly micOff = signal(false);
  private readonly camOff = signal(false);
  private readonly problemState = signal<MediaProblem | null>(null);
  private readonly starting = signal<MediaKind | null>(null);
  private readonly publishing = new Map<MediaKind, RTCPeerConnection>();
  private sessionId: string | null = null;
  /** Her breakout room's id at the last follow() (null: the main room). */
  private breakoutRoomId: string | null = null;
  /** Her camera before a move between rooms, to turn on again once the new room answered. */
  private resumeCamera: CameraSettings | null = null;
  /** Counts follow() calls: an answer to an older one (a socket replaced meanwhile) is ignored. */
  private ticket = 0;

  /** Whether the room has audio and video (a media server answers). */
  readonly available = computed(() => this.infoState()?.available ?? false);
  readonly loaded = computed(() => this.infoState() !== null);
  /** Moderators, whoever has the floor (everyone while the floor is open), and everyone inside a breakout room. */
  readonly canPublish = computed(
    () =>
      this.room.isModerator() ||
      this.room.myBreakoutRoom() !== null ||
      this.openFloorState() ||
      this.floorState().includes(this.room.me()?.userId ?? ''),
  );
  readonly floor = this.floorState.asReadonly();
  /** Everyone may publish in the main room (the moderators' "Alle dürfen sprechen"). */
  readonly openFloor = this.openFloorState.asReadonly();
  /** Whose microphone the moderators muted. */
  readonly mutedByModerator = this.mutedState.asReadonly();
  /** Her own microphone is muted by a moderator (Janus does not forward it). */
  readonly meMutedByModerator = computed(() => this.mutedState().includes(this.room.me()?.userId ?? ''));
  readonly problem = this.problemState.asReadonly();
  readonly busy = this.starting.asReadonly();
  readonly cameraOn = computed(() => Boolean(this.localState().camera));
  readonly screenOn = computed(() => Boolean(this.localState().screen));
  readonly micMuted = this.micOff.asReadonly();
  readonly cameraMuted = this.camOff.asReadonly();

  /** Who speaks right now (for the tiles' emphasis). */
  readonly talking = this.talkingState.asReadonly();

  /** Screens first (they are the stage), then whoever speaks, then the other cameras; hers first within each. */
  readonly tiles = computed<MediaTile[]>(() => {
    const me = this.room.me()?.userId ?? '';
    const talking = this.talkingState();
    const mine = Object.entries(this.localState()).map(([kind, stream]) => ({
      key: `local-${kind}`,
      userId: me,
      kind: kind as MediaKind,
      stream: stream as MediaStream,
      mine: true,
      talking: kind === 'camera' && talking.has(me),
    }));
    const byFeed = new Map(this.publishersState().map((p) => [p.feed, p]));
    const others = this.remoteState().flatMap((s) => {
      const p = byFeed.get(s.feed);
      return p && s.stream.getTracks().length > 0
        ? [
            {
              key: String(s.feed),
              userId: p.userId,
              kind: p.kind,
              stream: s.stream,
              mine: false,
              talking: p.kind === 'camera' && talking.has(p.userId),
            },
          ]
        : [];
    });
    const order = (t: MediaTile) => (t.kind === 'screen' ? 0 : t.talking ? 1 : 2);
    return [...mine, ...others].sort((a, b) => order(a) - order(b));
  });

  /** The layer wanted for received cameras: 0 on a phone, else 2 (Janus' default). */
  private layer = 2;

  constructor() {
    if (typeof window !== 'undefined' && window.matchMedia) {
      const phone = window.matchMedia(PHONE_QUERY);
      this.layer = phone.matches ? 0 : 2;
      const changed = (e: MediaQueryListEvent) => {
        this.layer = e.matches ? 0 : 2;
        for (const sub of this.remoteState()) void this.sendLayer(sub);
      };
      phone.addEventListener('change', changed);
      inject(DestroyRef).onDestroy(() => phone.removeEventListener('change', changed));
    }
    // Entering (or re-entering after a reconnect) a live session, or moving into a breakout room
    // or back (the server already moved her media channel): ask what the room has.
    const breakoutRoomId = computed(() => this.room.myBreakoutRoom()?.id ?? null);
    effect(() => {
      const sessionId = this.room.currentSessionId();
      const live = this.room.session()?.status === 'live';
      const roomId = breakoutRoomId();
      untracked(() => void this.follow(live ? sessionId : null, roomId));
    });
    this.room.mediaEvents.pipe(takeUntilDestroyed()).subscribe((event) => {
      if (event.sessionId !== this.sessionId) return;
      if (event.kind === 'floor') {
        this.floorState.set(event.userIds);
        this.openFloorState.set(event.openFloor ?? false);
      } else if (event.kind === 'muted') this.mutedState.set(event.userIds);
      else if (event.kind === 'talking') {
        const next = new Set(this.talkingState());
        if (event.talking) next.add(event.userId);
        else next.delete(event.userId);
        this.talkingState.set(next);
      } else this.showPublishers(event.publishers);
    });
    inject(DestroyRef).onDestroy(() => this.reset());
  }

  /** Camera and microphone on with the browser's default devices (a publisher with simulcast), or off. */
  async toggleCamera(): Promise<void> {
    if (this.localState().camera) return this.stop('camera');
    await this.start('camera', () => openCamera());
  }

  /** Camera and microphone on with a stream she chose and saw in the pre-join check. */
  async startCamera(stream: MediaStream): Promise<void> {
    if (this.localState().camera) await this.stop('camera');
    await this.start('camera', async () => stream);
  }

  /** Her screen as the stage, or not. */
  async toggleScreen(): Promise<void> {
    if (this.localState().screen) return this.stop('screen');
    await this.start('screen', () => navigator.mediaDevices.getDisplayMedia({ video: true, audio: false }));
  }

  toggleMic(): void {
    const muted = !this.micOff();
    this.localState()
      .camera?.getAudioTracks()
      .forEach((t) => (t.enabled = !muted));
    this.micOff.set(muted);
  }

  toggleCameraPicture(): void {
    const off = !this.camOff();
    this.localState()
      .camera?.getVideoTracks()
      .forEach((t) => (t.enabled = !off));
    this.camOff.set(off);
  }

  /** A moderator mutes someone's microphone or lifts it. */
  async setMuted(userId: string, muted: boolean): Promise<void> {
    const sessionId = this.sessionId;
    if (!sessionId) return;
    await this.room.send('media:mute', { sessionId, userId, muted });
  }

  /** A moderator gives someone the floor ("Wort erteilen") or takes it back. */
  async setFloor(userId: string, granted: boolean): Promise<void> {
    const sessionId = this.sessionId;
    if (!sessionId) return;
    await this.room.send('media:floor', { sessionId, userId, granted });
  }

  /** A moderator lets everyone speak (small groups), or gives the floor back to the hand queue. */
  async setOpenFloor(open: boolean): Promise<void> {
    const sessionId = this.sessionId;
    if (!sessionId) return;
    await this.room.send('media:open-floor', { sessionId, open });
  }

  dismissProblem(): void {
    this.problemState.set(null);
  }

  /**
   * Another session, or the same one joined again (after a reconnect the server dropped the old
   * socket's handles): everything starts over; her devices are off until she turns them on.
   * Moving between the main room and a breakout room also starts over, but a camera that was on
   * comes back on in the new room (same devices, same mute state), so she is seen there at once.
   */
  private async follow(sessionId: string | null, breakoutRoomId: string | null = null): Promise<void> {
    // A move is followed twice (at once, and again on the re-join's answer): a camera waiting to
    // come back waits for the last one.
    if (sessionId === null || sessionId !== this.sessionId) this.resumeCamera = null;
    else if (breakoutRoomId !== this.breakoutRoomId) this.resumeCamera = this.cameraSettings() ?? this.resumeCamera;
    this.reset();
    this.sessionId = sessionId;
    this.breakoutRoomId = breakoutRoomId;
    const ticket = ++this.ticket;
    if (!sessionId) return;
    try {
      const { media } = await this.room.send('media:info', { sessionId });
      if (ticket !== this.ticket) return;
      this.infoState.set(media);
      this.floorState.set(media.floor);
      this.openFloorState.set(media.openFloor ?? false);
      this.mutedState.set(media.muted);
      this.showPublishers(media.publishers);
      const camera = this.resumeCamera;
      this.resumeCamera = null;
      if (camera && media.available && media.canPublish) await this.restartCamera(camera);
    } catch {
      if (ticket !== this.ticket) return;
      this.resumeCamera = null;
      this.infoState.set({ available: false, iceServers: [], canPublish: false, floor: [], openFloor: false, muted: [], publishers: [] });
    }
  }

  /** Her camera's devices and mute state while it is on (null when off), to restart it elsewhere. */
  private cameraSettings(): CameraSettings | null {
    const stream = this.localState().camera;
    if (!stream) return null;
    return {
      cameraId: stream.getVideoTracks()[0]?.getSettings().deviceId ?? null,
      microphoneId: stream.getAudioTracks()[0]?.getSettings().deviceId ?? null,
      micMuted: this.micOff(),
      pictureOff: this.camOff(),
    };
  }

  private async restartCamera(camera: CameraSettings): Promise<void> {
    await this.start('camera', async () => {
      const stream = await openCamera(camera);
      // Muted (or picture off) before the move: so from the first packet in the new room.
      stream.getAudioTracks().forEach((t) => (t.enabled = !camera.micMuted));
      stream.getVideoTracks().forEach((t) => (t.enabled = !camera.pictureOff));
      return stream;
    });
    if (!this.localState().camera) return;
    this.micOff.set(camera.micMuted);
    this.camOff.set(camera.pictureOff);
  }

  private async start(kind: MediaKind, open: () => Promise<MediaStream>): Promise<void> {
    const sessionId = this.sessionId;
    if (!sessionId || this.starting()) return;
    this.starting.set(kind);
    this.problemState.set(null);
    let stream: MediaStream | null = null;
    try {
      stream = await open();
      const pc = new RTCPeerConnection({ iceServers: this.infoState()?.iceServers ?? [] });
      for (const track of stream.getTracks()) {
        const simulcast = kind === 'camera' && track.kind === 'video' && (track.getSettings().height ?? 0) >= 360;
        pc.addTransceiver(track, { direction: 'sendonly', streams: [stream], ...(simulcast ? { sendEncodings: SIMULCAST } : {}) });
      }
      await pc.setLocalDescription(await pc.createOffer());
      await gathered(pc);
      const { jsep } = await this.room.send('media:publish', {
        sessionId,
        kind,
        jsep: { type: 'offer', sdp: pc.localDescription?.sdp ?? '' },
      });
      await pc.setRemoteDescription(jsep);
      this.publishing.set(kind, pc);
      const local = stream;
      // The browser's own "stop sharing" ends the screen share.
      local.getVideoTracks()[0]?.addEventListener('ended', () => void this.stop(kind));
      this.localState.update((s) => ({ ...s, [kind]: local }));
      if (kind === 'camera') {
        this.micOff.set(false);
        this.camOff.set(false);
      }
    } catch (error) {
      stream?.getTracks().forEach((t) => t.stop());
      this.problemState.set(mediaProblemOf(error));
    } finally {
      this.starting.set(null);
    }
  }

  private async stop(kind: MediaKind): Promise<void> {
    const sessionId = this.sessionId;
    this.publishing.get(kind)?.close();
    this.publishing.delete(kind);
    this.localState()
      [kind]?.getTracks()
      .forEach((t) => t.stop());
    this.localState.update((s) => {
      const next = { ...s };
      delete next[kind];
      return next;
    });
    if (sessionId) await this.room.send('media:unpublish', { sessionId, kind }).catch(() => undefined);
  }

  /** Subscribes to new feeds of others and drops the ones that stopped. */
  private showPublishers(publishers: LiveMediaPublisher[]): void {
    this.publishersState.set(publishers);
    const me = this.room.me()?.userId;
    const wanted = new Set(publishers.filter((p) => p.userId !== me).map((p) => p.feed));
    for (const sub of this.remoteState()) if (!wanted.has(sub.feed)) this.unsubscribe(sub);
    const have = new Set(this.remoteState().map((s) => s.feed));
    for (const feed of wanted) if (!have.has(feed)) void this.subscribe(feed);
  }

  private async subscribe(feed: number): Promise<void> {
    const sessionId = this.sessionId;
    if (!sessionId) return;
    const pc = new RTCPeerConnection({ iceServers: this.infoState()?.iceServers ?? [] });
    const sub: Subscription = { feed, subscriptionId: null, pc, stream: new MediaStream() };
    this.remoteState.update((list) => [...list, sub]);
    pc.addEventListener('track', (e) => {
      sub.stream.addTrack(e.track);
      // A new object: the tiles recompute and the video element gets the stream.
      this.remoteState.update((list) => list.map((s) => (s === sub ? { ...s } : s)));
    });
    try {
      const offer = await this.room.send('media:subscribe', { sessionId, feed });
      sub.subscriptionId = offer.subscriptionId;
      await pc.setRemoteDescription(offer.jsep);
      await pc.setLocalDescription(await pc.createAnswer());
      await gathered(pc);
      await this.room.send('media:answer', {
        sessionId,
        subscriptionId: offer.subscriptionId,
        jsep: { type: 'answer', sdp: pc.localDescription?.sdp ?? '' },
      });
    } catch {
      this.unsubscribe(sub);
    }
  }

  /** Asks Janus for the wanted layer of a received camera (screens have one layer). */
  private async sendLayer(sub: Subscription): Promise<void> {
    const kind = this.publishersState().find((p) => p.feed === sub.feed)?.kind;
    if (!this.sessionId || !sub.subscriptionId || kind !== 'camera') return;
    await this.room
      .send('media:layer', { sessionId: this.sessionId, subscriptionId: sub.subscriptionId, layer: this.layer })
      .catch(() => undefined);
  }

  private unsubscribe(sub: Subscription): void {
    sub.pc.close();
    this.remoteState.update((list) => list.filter((s) => s.feed !== sub.feed));
    if (this.sessionId && sub.subscriptionId)
      void this.room.send('media:unsubscribe', { sessionId: this.sessionId, subscriptionId: sub.subscriptionId }).catch(() => undefined);
  }

  /** Closes every peer connection and stops her camera and screen. */
  private reset(): void {
    for (const pc of this.publishing.values()) pc.close();
    this.publishing.clear();
    for (const sub of this.remoteState()) sub.pc.close();
    this.remoteState.set([]);
    this.publishersState.set([]);
    for (const stream of Object.values(this.localState())) stream?.getTracks().forEach((t) => t.stop());
    this.localState.set({});
    this.infoState.set(null);
    this.floorState.set([]);
    this.openFloorState.set(false);
    this.mutedState.set([]);
    this.talkingState.set(new Set());
  }
}
