import { MediaStreamTrack, RTCPeerConnection, RtpHeader, RtpPacket, useAudioLevelIndication, useSdesMid } from 'werift';
import type { SessionDescription, SocketAck } from '@ecampus/shared/contracts';
import type { LiveClient } from './live-room-fixtures';

/*
 * A Node WebRTC peer (werift) in place of a browser: it negotiates through the `/live` media
 * events exactly as the web app does (complete descriptions, no trickle) and sends or counts RTP.
 * The video it sends is a stream of small made-up VP8 packets: enough for Janus to forward.
 * One bundled transport per peer (max-bundle): without it werift keeps the unbundled
 * section's UDP socket open after close(), and the test process never exits.
 */

type Ack<T> = SocketAck<T & object>;

async function gathered(pc: RTCPeerConnection): Promise<void> {
  if (pc.iceGatheringState === 'complete') return;
  await new Promise<void>((resolve) => pc.iceGatheringStateChange.subscribe((state) => state === 'complete' && resolve()));
}

/**
 * Until ICE and DTLS with Janus are done on the peer's side. werift's DTLS runs in JavaScript; on a
 * loaded machine it alone can take seconds, so a test's wait for what the server does once media
 * flows (Janus' webrtcup) starts here, and a transport that never comes up fails with its own message.
 */
async function connected(pc: RTCPeerConnection, timeoutMs = 20_000): Promise<void> {
  if (pc.connectionState === 'connected') return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`WebRTC-Verbindung zu Janus nicht innerhalb von ${timeoutMs} ms aufgebaut`)),
      timeoutMs,
    );
    pc.connectionStateChange.subscribe((state) => {
      if (state === 'connected') {
        clearTimeout(timer);
        resolve();
      } else if (state === 'failed' || state === 'closed') {
        clearTimeout(timer);
        reject(new Error(`WebRTC-Verbindung zu Janus: ${state}`));
      }
    });
  });
}

export interface FakePublisher {
  answer: Ack<{ jsep: SessionDescription; feed: number }>;
  stop(): Promise<void>;
}

/** The first payload type of a media section in a description (what Janus chose). */
function payloadTypeOf(sdp: string, media: 'audio' | 'video'): number {
  const line = sdp.split(/\r?\n/).find((l) => l.startsWith(`m=${media} `));
  return Number(line?.split(' ')[3]);
}

/** The id Janus' answer gave the audio level header extension (RFC 6464), if it took it. */
function audioLevelIdOf(sdp: string): number | null {
  const match = /a=extmap:(\d+) urn:ietf:params:rtp-hdrext:ssrc-audio-level/.exec(sdp);
  return match ? Number(match[1]) : null;
}

/**
 * Offers a send-only video stream for `kind` (with audio first, like a browser's camera, when
 * `audio`) and, when Janus answers, returns once the transport is up (`connected`) and sends ~30 video and 50 audio packets a second. With
 * `audioLevel` the audio packets say how loud they are (RFC 6464, -dBov: 0 loudest, 127 silence),
 * read for every packet, as a browser's microphone does: what Janus' talking events are made of.
 */
export async function publishFake(
  client: LiveClient,
  sessionId: string,
  kind: 'camera' | 'screen' = 'camera',
  { audio = false, audioLevel }: { audio?: boolean; audioLevel?: () => number } = {},
): Promise<FakePublisher> {
  const pc = new RTCPeerConnection({
    bundlePolicy: 'max-bundle',
    ...(audioLevel ? { headerExtensions: { audio: [useSdesMid(), useAudioLevelIndication()] } } : {}),
  });
  const sound = audio ? new MediaStreamTrack({ kind: 'audio' }) : null;
  if (sound) pc.addTransceiver(sound, { direction: 'sendonly' });
  const track = new MediaStreamTrack({ kind: 'video' });
  pc.addTransceiver(track, { direction: 'sendonly' });
  await pc.setLocalDescription(await pc.createOffer());
  await gathered(pc);
  const jsep = { type: 'offer' as const, sdp: pc.localDescription?.sdp ?? '' };
  const answer = (await client.timeout(10_000).emitWithAck('media:publish', { sessionId, kind, jsep })) as Ack<{
    jsep: SessionDescription;
    feed: number;
  }>;
  const timers: NodeJS.Timeout[] = [];
  if (answer.ok) {
    await pc.setRemoteDescription(answer.jsep);
    await connected(pc);
    const videoType = payloadTypeOf(answer.jsep.sdp, 'video');
    let seq = 0;
    let ts = 0;
    timers.push(
      setInterval(() => {
        for (let i = 0; i < 3; i++) {
          const header = new RtpHeader({ payloadType: videoType, sequenceNumber: seq++ & 0xffff, timestamp: ts, marker: i === 2 });
          track.writeRtp(new RtpPacket(header, Buffer.from([0x10, 0, 0x9d, 0x01, 0x2a, 1, 2, 3, 4, 5])));
        }
        ts += 3000;
      }, 33),
    );
    if (sound) {
      const audioType = payloadTypeOf(answer.jsep.sdp, 'audio');
      const levelId = audioLevel ? audioLevelIdOf(answer.jsep.sdp) : null;
      let aseq = 0;
      let ats = 0;
      timers.push(
        setInterval(() => {
          // The voice activity bit, then the level.
          const extensions = levelId && audioLevel ? [{ id: levelId, payload: Buffer.from([0x80 | (audioLevel() & 0x7f)]) }] : [];
          sound.writeRtp(
            new RtpPacket(
              new RtpHeader({ payloadType: audioType, sequenceNumber: aseq++ & 0xffff, timestamp: ats, extensions }),
              Buffer.alloc(60, 0xfc),
            ),
          );
          ats += 960;
        }, 20),
      );
    }
  }
  return {
    answer,
    async stop() {
      timers.forEach((t) => clearInterval(t));
      await pc.close();
    },
  };
}

export interface FakeReceiver {
  subscriptionId: string;
  /** RTP packets received so far (all, or of one kind). */
  packets(kind?: 'audio' | 'video'): number;
  stop(): Promise<void>;
}

/** Subscribes to `feed`: answers Janus' offer, returns once the transport is up and counts the packets that arrive. */
export async function receiveFeed(client: LiveClient, sessionId: string, feed: number): Promise<FakeReceiver> {
  const offer = (await client.timeout(10_000).emitWithAck('media:subscribe', { sessionId, feed })) as Ack<{
    subscriptionId: string;
    jsep: SessionDescription;
  }>;
  if (!offer.ok) throw new Error(`media:subscribe refused: ${offer.error.code} ${offer.error.message}`);
  const pc = new RTCPeerConnection({ bundlePolicy: 'max-bundle' });
  const counts = { audio: 0, video: 0 };
  pc.onTransceiverAdded.subscribe((t) =>
    t.onTrack.subscribe((track) => track.onReceiveRtp.subscribe(() => (counts[track.kind as 'audio' | 'video'] += 1))),
  );
  await pc.setRemoteDescription(offer.jsep);
  await pc.setLocalDescription(await pc.createAnswer());
  await gathered(pc);
  const answered = await client.timeout(10_000).emitWithAck('media:answer', {
    sessionId,
    subscriptionId: offer.subscriptionId,
    jsep: { type: 'answer', sdp: pc.localDescription?.sdp ?? '' },
  });
  if (!answered.ok) throw new Error(`media:answer refused: ${answered.error.code}`);
  await connected(pc);
  return {
    subscriptionId: offer.subscriptionId,
    packets: (kind) => (kind ? counts[kind] : counts.audio + counts.video),
    stop: () => pc.close(),
  };
}

/** The fake peers a spec starts (`keep`), all stopped at its end (`stopAll`, in afterAll). */
export function fakePeers() {
  const peers: { stop(): Promise<void> }[] = [];
  return {
    keep<P extends FakePublisher | FakeReceiver>(peer: P): P {
      peers.push(peer);
      return peer;
    },
    async stopAll(): Promise<void> {
      for (const p of peers.splice(0)) await p.stop().catch(() => undefined);
    },
  };
}
