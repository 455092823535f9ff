import { MediaStreamTrack, RTCPeerConnection, RtpHeader, RtpPacket } from 'werift';
import type { SessionDescription, SocketAck } from '@ecampus/shared/contracts';
import type { LiveClient } from './live-room-fixtures';

/*
 * A Node WebRTC peer (werift) in place of a browser: it negotiates through the `/live` media
 * events exactly as the web app does (complete descriptions, no trickle) and sends or counts RTP.
 * The video it sends is a stream of small made-up VP8 packets: enough for Janus to forward.
 */

type Ack<T> = SocketAck<T & object>;

async function gathered(pc: RTCPeerConnection): Promise<void> {
  if (pc.iceGatheringState === 'complete') return;
  await new Promise<void>((resolve) => pc.iceGatheringStateChange.subscribe((state) => state === 'complete' && resolve()));
}

export interface FakePublisher {
  answer: Ack<{ jsep: SessionDescription; feed: number }>;
  stop(): Promise<void>;
}

/** Offers a send-only video stream for `kind` and, when Janus answers, sends ~30 packets a second. */
export async function publishFake(client: LiveClient, sessionId: string, kind: 'camera' | 'screen' = 'camera'): Promise<FakePublisher> {
  const pc = new RTCPeerConnection({});
  const track = new MediaStreamTrack({ kind: 'video' });
  pc.addTransceiver(track, { direction: 'sendonly' });
  await pc.setLocalDescription(await pc.createOffer());
  await gathered(pc);
  const jsep = { type: 'offer' as const, sdp: pc.localDescription?.sdp ?? '' };
  const answer = (await client.timeout(10_000).emitWithAck('media:publish', { sessionId, kind, jsep })) as Ack<{
    jsep: SessionDescription;
    feed: number;
  }>;
  let timer: NodeJS.Timeout | undefined;
  if (answer.ok) {
    await pc.setRemoteDescription(answer.jsep);
    let seq = 0;
    let ts = 0;
    timer = setInterval(() => {
      for (let i = 0; i < 3; i++) {
        const header = new RtpHeader({ payloadType: 96, sequenceNumber: seq++ & 0xffff, timestamp: ts, marker: i === 2 });
        track.writeRtp(new RtpPacket(header, Buffer.from([0x10, 0, 0x9d, 0x01, 0x2a, 1, 2, 3, 4, 5])));
      }
      ts += 3000;
    }, 33);
  }
  return {
    answer,
    async stop() {
      clearInterval(timer);
      await pc.close();
    },
  };
}

export interface FakeReceiver {
  subscriptionId: string;
  /** RTP packets received so far. */
  packets(): number;
  stop(): Promise<void>;
}

/** Subscribes to `feed`: answers Janus' offer and counts the packets that arrive. */
export async function receiveFeed(client: LiveClient, sessionId: string, feed: number): Promise<FakeReceiver> {
  const offer = (await client.timeout(10_000).emitWithAck('media:subscribe', { sessionId, feed })) as Ack<{
    subscriptionId: string;
    jsep: SessionDescription;
  }>;
  if (!offer.ok) throw new Error(`media:subscribe refused: ${offer.error.code} ${offer.error.message}`);
  const pc = new RTCPeerConnection({});
  let packets = 0;
  pc.onTransceiverAdded.subscribe((t) => t.onTrack.subscribe((track) => track.onReceiveRtp.subscribe(() => (packets += 1))));
  await pc.setRemoteDescription(offer.jsep);
  await pc.setLocalDescription(await pc.createAnswer());
  await gathered(pc);
  const answered = await client.timeout(10_000).emitWithAck('media:answer', {
    sessionId,
    subscriptionId: offer.subscriptionId,
    jsep: { type: 'answer', sdp: pc.localDescription?.sdp ?? '' },
  });
  if (!answered.ok) throw new Error(`media:answer refused: ${answered.error.code}`);
  return { subscriptionId: offer.subscriptionId, packets: () => packets, stop: () => pc.close() };
}
