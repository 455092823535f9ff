import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { LiveMediaInfo, LiveRoomState } from '@ecampus/shared/contracts';
import { LiveSocket, type LiveConnection } from '@ecampus/web/identity/data-access';
import { FakeRoomSocket, MENTEE_ID, aBreakout, aBreakoutRoom, aRoomState } from '../../testing';
import { LiveRoomMedia } from './live-room-media';
import { LiveRoomStore } from './live-room-store';

const flush = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve));
};

/** A track as the page's devices give it: its device id, enabled or not. */
function fakeTrack(kind: 'audio' | 'video', deviceId: string) {
  return { kind, enabled: true, stop: jest.fn(), getSettings: () => ({ deviceId, height: 720 }), addEventListener: jest.fn() };
}

function fakeStream(cameraId: string, microphoneId: string) {
  const audio = fakeTrack('audio', microphoneId);
  const video = fakeTrack('video', cameraId);
  return {
    audio,
    video,
    getTracks: () => [audio, video],
    getAudioTracks: () => [audio],
    getVideoTracks: () => [video],
  };
}

/** Just enough of RTCPeerConnection for publishing: the offer and Janus' answer. */
class FakePeerConnection {
  iceGatheringState = 'complete';
  localDescription = { type: 'offer', sdp: 'v=0' };
  addTransceiver = jest.fn();
  createOffer = jest.fn(async () => ({ type: 'offer', sdp: 'v=0' }));
  setLocalDescription = jest.fn(async () => undefined);
  setRemoteDescription = jest.fn(async () => undefined);
  addEventListener = jest.fn();
  close = jest.fn();
}

describe('LiveRoomMedia in breakout rooms', () => {
  let socket: FakeRoomSocket;
  let store: LiveRoomStore;
  let media: LiveRoomMedia;
  let getUserMedia: jest.Mock;

  const info = (overrides: Partial<LiveMediaInfo> = {}): LiveMediaInfo => ({
    available: true,
    iceServers: [],
    canPublish: false,
    floor: [],
    openFloor: false,
    muted: [],
    publishers: [],
    ...overrides,
  });

  async function setUp(state: LiveRoomState) {
    socket = new FakeRoomSocket();
    (globalThis as unknown as { RTCPeerConnection: unknown }).RTCPeerConnection = FakePeerConnection;
    getUserMedia = jest.fn(async () => fakeStream('cam-2', 'mic-2'));
    Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
    TestBed.configureTestingModule({
      providers: [
        LiveRoomStore,
        LiveRoomMedia,
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: LiveSocket, useValue: { connection: signal(socket as unknown as LiveConnection), connected: signal(true) } },
      ],
    });
    store = TestBed.inject(LiveRoomStore);
    media = TestBed.inject(LiveRoomMedia);
    TestBed.tick();
    store.enter('s1');
    socket.answer('session:join', { ok: true, state });
    await flush();
    TestBed.tick();
  }

  it('asks the new room for its media when she is moved, and may publish inside a breakout room', async () => {
    await setUp(aRoomState());
    expect(socket.sent('media:info')).toHaveLength(1);
    socket.answer('media:info', { ok: true, media: info() });
    await flush();
    expect(media.canPublish()).toBe(false);

    socket.serverSends('breakout:state', { sessionId: 's1', breakout: aBreakout([aBreakoutRoom('r1', [MENTEE_ID])]) });
    TestBed.tick();
    expect(media.canPublish()).toBe(true);
    expect(socket.sent('media:info')).toHaveLength(2);

    // Others' moves do not start over.
    socket.serverSends('breakout:state', { sessionId: 's1', breakout: aBreakout([aBreakoutRoom('r1', [MENTEE_ID, 'u-3'])]) });
    TestBed.tick();
    expect(socket.sent('media:info')).toHaveLength(2);
  });

  it('turns her camera on again in the new room with the same devices, still muted', async () => {
    await setUp(aRoomState({ breakout: aBreakout([aBreakoutRoom('r1', [MENTEE_ID]), aBreakoutRoom('r2', [])]) }));
    socket.answer('media:info', { ok: true, media: info({ canPublish: true }) });
    await flush();

    const first = fakeStream('cam-2', 'mic-2');
    const starting = media.startCamera(first as unknown as MediaStream);
    await flush();
    socket.answer('media:publish', { ok: true, jsep: { type: 'answer', sdp: 'v=0' }, feed: 1 });
    await starting;
    media.toggleMic();
    expect(media.cameraOn()).toBe(true);
    expect(media.micMuted()).toBe(true);

    const inR2 = aBreakout([aBreakoutRoom('r1', []), aBreakoutRoom('r2', [MENTEE_ID])]);
    socket.serverSends('breakout:state', { sessionId: 's1', breakout: inR2 });
    TestBed.tick();
    expect(first.video.stop).toHaveBeenCalled();
    expect(media.cameraOn()).toBe(false);
    // The move's re-join answers first and asks the room again; the camera waits for that answer.
    socket.answer('session:join', { ok: true, state: aRoomState({ breakout: inR2 }) });
    await flush();
    TestBed.tick();
    expect(socket.sent('media:info')).toHaveLength(3);
    socket.answer('media:info', { ok: true, media: info({ canPublish: true }) });
    await flush();
    expect(getUserMedia).not.toHaveBeenCalled();
    socket.answer('media:info', { ok: true, media: info({ canPublish: true }) });
    await flush();
    expect(getUserMedia).toHaveBeenCalledWith({
      audio: { deviceId: { exact: 'mic-2' } },
      video: { width: { ideal: 1280 }, height: { ideal: 720 }, deviceId: { exact: 'cam-2' } },
    });
    const again = getUserMedia.mock.results[0]?.value as Promise<ReturnType<typeof fakeStream>>;
    // Muted from the first packet in the new room.
    expect((await again).audio.enabled).toBe(false);
    socket.answer('media:publish', { ok: true, jsep: { type: 'answer', sdp: 'v=0' }, feed: 2 });
    await flush();
    expect(socket.sent('media:publish')).toHaveLength(2);
    expect(media.cameraOn()).toBe(true);
    expect(media.micMuted()).toBe(true);
  });

  it('leaves the camera off in the new room when it was off', async () => {
    await setUp(aRoomState({ breakout: aBreakout([aBreakoutRoom('r1', [MENTEE_ID])]) }));
    socket.answer('media:info', { ok: true, media: info({ canPublish: true }) });
    await flush();
    socket.serverSends('breakout:state', { sessionId: 's1', breakout: null });
    TestBed.tick();
    socket.answer('media:info', { ok: true, media: info() });
    await flush();
    expect(getUserMedia).not.toHaveBeenCalled();
    expect(media.canPublish()).toBe(false);
  });

  it('lets everyone publish while a moderator opens the floor, and asks the server to open it', async () => {
    await setUp(aRoomState());
    socket.answer('media:info', { ok: true, media: info() });
    await flush();
    expect(media.canPublish()).toBe(false);
    socket.serverSends('media:floor', { sessionId: 's1', userIds: [], openFloor: true });
    expect(media.openFloor()).toBe(true);
    expect(media.canPublish()).toBe(true);
    socket.serverSends('media:floor', { sessionId: 's1', userIds: [], openFloor: false });
    expect(media.canPublish()).toBe(false);

    const opening = media.setOpenFloor(true);
    expect(socket.sent('media:open-floor').map((e) => e.payload)).toEqual([{ sessionId: 's1', open: true }]);
    socket.answer('media:open-floor', { ok: true });
    await opening;
  });
});
