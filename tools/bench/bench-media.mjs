#!/usr/bin/env node
// @ts-check
// `npm run bench:media` (issue 10): how many receive-only subscribers one Janus on this machine
// serves for one published video stream before packet loss passes 2 %, with Janus' CPU and memory
// per subscriber, and the publisher's upload next to what a browser mesh would need.
//
// A Janus of its own (tools/scripts/lib/janus.mjs: Debian's janus, generated configuration), one
// VideoRoom driven with janode like the API does. The publisher and the subscribers are Node WebRTC
// peers (werift) in this process: the publisher sends VP8 RTP packets at the rate and size of the
// top simulcast layer our web client sends for 720p (900 kbit/s, 30 frames/s); werift cannot encode,
// so the payload is filler of the right size — Janus forwards packets, it does not decode them.
// Subscribers are added in steps; each step measures loss (packets received ÷ packets sent × N),
// Janus' CPU and RSS. It stops at the first step above 2 % loss, or when the clients themselves
// cannot keep up (this process' event loop lags): then the figure is a lower bound, and says so.
//
//   npm run bench:media [-- --steps=10,40,80,120,160,200,300,400 --seconds=8 --kbps=900]
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { say, StackError } from '../scripts/lib/log.mjs';
import { ensureJanus } from '../scripts/lib/janus.mjs';
import { ROOT } from '../scripts/lib/paths.mjs';
import { cleanupList, cpuSeconds, option, rssMiB } from './bench-common.mjs';

const require = createRequire(import.meta.url);
const { MediaStreamTrack, RTCPeerConnection, RtpHeader, RtpPacket } = require('werift');

const cleanups = cleanupList();
const SECONDS = option('seconds', 8);
const KBPS = option('kbps', 900);
const STEPS = (process.argv.find((a) => a.startsWith('--steps='))?.slice(8) ?? '10,40,80,120,160,200,300,400').split(',').map(Number);
if (STEPS.some((n) => !Number.isInteger(n) || n <= 0)) throw new StackError('--steps must be positive whole numbers, e.g. 5,10,20');
const FPS = 30;
const PACKET_BYTES = 1100;
const ROOM = 4242;

/** @param {RTCPeerConnection} pc */
async function gathered(pc) {
  if (pc.iceGatheringState === 'complete') return;
  await new Promise((resolve) => pc.iceGatheringStateChange.subscribe((s) => s === 'complete' && resolve(undefined)));
}

/**
 * The pid of the janus started with `dir` as its configuration folder.
 * @param {string} dir
 */
function janusPid(dir) {
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (cmd.some((c) => c.endsWith('janus')) && cmd.includes(dir)) return Number(entry);
    } catch {
      /* gone */
    }
  }
  throw new StackError('janus process not found');
}

async function main() {
  const started = Date.now();
  const run = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const dir = path.join(ROOT, 'tmp/bench', `media-${run}`);
  const janus = await ensureJanus({
    env: { JANUS_RTP_PORTS: '30000-39999' },
    dir: path.join(dir, 'janus'),
    output: path.join(dir, 'janus.log'),
  });
  cleanups.add(janus.stop);
  if (!janus.started) throw new StackError(janus.notice ?? 'A Janus of its own is needed (janus on PATH).');
  const pid = janusPid(path.join(dir, 'janus'));

  const { default: Janode } = await import('janode');
  const { default: VideoRoom } = await import('janode/plugins/videoroom');
  Janode.Logger.setLevel('none');
  const connection = await Janode.connect({ address: { url: janus.env.JANUS_URL, apisecret: janus.env.JANUS_API_SECRET } });
  cleanups.add(() => connection.close().catch(() => undefined));
  const session = await connection.create();
  const admin = await session.attach(VideoRoom);
  await admin.message({
    request: 'create',
    room: ROOM,
    secret: 's',
    admin_key: janus.env.JANUS_ADMIN_KEY,
    publishers: 4,
    bitrate: 2_000_000,
  });

  // The publisher: one sendonly VP8 stream, ~KBPS kbit/s in 30 frames/s.
  const pub = new RTCPeerConnection({});
  cleanups.add(async () => pub.close());
  const track = new MediaStreamTrack({ kind: 'video' });
  pub.addTransceiver(track, { direction: 'sendonly' });
  await pub.setLocalDescription(await pub.createOffer());
  await gathered(pub);
  const pubHandle = await session.attach(VideoRoom);
  const joined = await pubHandle.joinPublisher({ room: ROOM, display: 'bench|camera' });
  const answer = await pubHandle.publish({ jsep: { type: 'offer', sdp: pub.localDescription?.sdp ?? '' } });
  if (!answer.jsep) throw new StackError('Janus gave no answer to the publisher');
  await pub.setRemoteDescription(answer.jsep);
  let sent = 0;
  let sentBytes = 0;
  let seq = 0;
  let ts = 0;
  const perFrame = Math.max(1, Math.round((KBPS * 1000) / 8 / FPS / PACKET_BYTES));
  const payload = Buffer.alloc(PACKET_BYTES, 7);
  payload[0] = 0x10; // VP8 payload descriptor: start of partition
  const sender = setInterval(() => {
    for (let i = 0; i < perFrame; i++) {
      track.writeRtp(
        new RtpPacket(
          new RtpHeader({ payloadType: 96, sequenceNumber: seq++ & 0xffff, timestamp: ts, marker: i === perFrame - 1 }),
          payload,
        ),
      );
      sent += 1;
      sentBytes += PACKET_BYTES + 12;
    }
    ts += 90_000 / FPS;
  }, 1000 / FPS);
  cleanups.add(async () => clearInterval(sender));
  await new Promise((r) => setTimeout(r, 2000));

  /** @type {{ pc: RTCPeerConnection, received: number }[]} */
  const subscribers = [];
  async function addSubscriber() {
    const handle = await session.attach(VideoRoom);
    const offer = await handle.joinSubscriber({ room: ROOM, feed: joined.feed });
    const pc = new RTCPeerConnection({});
    const sub = { pc, received: 0 };
    pc.onTransceiverAdded.subscribe((t) => t.onTrack.subscribe((tr) => tr.onReceiveRtp.subscribe(() => (sub.received += 1))));
    if (!offer.jsep) throw new StackError('Janus gave no offer to a subscriber');
    await pc.setRemoteDescription(offer.jsep);
    await pc.setLocalDescription(await pc.createAnswer());
    await gathered(pc);
    await handle.start({ jsep: { type: 'answer', sdp: pc.localDescription?.sdp ?? '' } });
    subscribers.push(sub);
    cleanups.add(async () => pc.close());
  }

  const lag = monitorEventLoopDelay({ resolution: 20 });
  const rows = [];
  let limit = null;
  let clientBound = false;
  for (const target of STEPS) {
    say(`${target} subscribers …`);
    while (subscribers.length < target) await addSubscriber();
    await new Promise((r) => setTimeout(r, 3000)); // ICE, DTLS and the first keyframe wait
    const received0 = subscribers.reduce((n, s) => n + s.received, 0);
    const sent0 = sent;
    const bytes0 = sentBytes;
    const cpu0 = cpuSeconds(pid);
    const t0 = Date.now();
    lag.reset();
    lag.enable();
    await new Promise((r) => setTimeout(r, SECONDS * 1000));
    lag.disable();
    const seconds = (Date.now() - t0) / 1000;
    const expected = (sent - sent0) * subscribers.length;
    const got = subscribers.reduce((n, s) => n + s.received, 0) - received0;
    const loss = Math.max(0, 1 - got / expected);
    const janusCpu = (cpuSeconds(pid) - cpu0) / seconds;
    const uploadKbps = ((sentBytes - bytes0) * 8) / seconds / 1000;
    const lagP99 = lag.percentile(99) / 1e6;
    rows.push({ subscribers: subscribers.length, loss, janusCpu, rss: rssMiB(pid), uploadKbps, lagP99 });
    say(
      `  loss ${(loss * 100).toFixed(2)} %, Janus CPU ${(janusCpu * 100).toFixed(1)} % of a core, RSS ${rssMiB(pid).toFixed(1)} MiB, client loop lag p99 ${lagP99.toFixed(0)} ms`,
    );
    if (loss > 0.02) {
      // Who dropped them: a client loop that lags far behind the frame interval cannot read its sockets in time.
      clientBound = lagP99 > 100;
      limit = rows.length > 1 ? rows[rows.length - 2].subscribers : 0;
      break;
    }
  }

  const last = rows[rows.length - 1];
  // Per subscriber from the steps where the clients kept up (once they lag, the 2 cores are
  // shared to the limit and Janus' CPU stops growing with the load it is given).
  const steady = rows.filter((r) => r.lagP99 < 100);
  const fit = steady.length >= 2 ? steady : rows;
  const [first, end] = [fit[0], fit[fit.length - 1]];
  const perSub =
    fit.length > 1
      ? {
          cpu: (end.janusCpu - first.janusCpu) / (end.subscribers - first.subscribers),
          rss: (end.rss - first.rss) / (end.subscribers - first.subscribers),
        }
      : { cpu: first.janusCpu / first.subscribers, rss: NaN };
  const clientsLagged = last.lagP99 >= 100;
  const served = limit ?? last.subscribers;
  const upload = rows[0].uploadKbps;
  const lines = [
    '',
    `Node ${process.version}, ${os.cpus().length} cores, Janus ${janus.env.JANUS_URL} (Debian's janus), one ${KBPS} kbit/s VP8 stream at ${FPS} frames/s, ${SECONDS} s per step`,
    '  subscribers    loss %   Janus CPU % core   Janus RSS MiB   client loop lag p99 ms',
    ...rows.map(
      (r) =>
        `  ${String(r.subscribers).padStart(11)}  ${(r.loss * 100).toFixed(2).padStart(8)}  ${(r.janusCpu * 100).toFixed(1).padStart(17)}  ${r.rss.toFixed(1).padStart(14)}  ${r.lagP99.toFixed(0).padStart(23)}`,
    ),
    '',
    limit === null
      ? `No step passed 2 % loss: one Janus served at least ${served} subscribers (the largest step)${clientsLagged ? '; the clients in this process lagged by then, so the machine, not Janus, was the limit' : ''}.`
      : `Loss passed 2 % at ${last.subscribers}: one Janus served ${served} subscribers within 2 %${clientBound ? ' — the clients in this process lagged (a lower bound: Janus was not the limit)' : ''}.`,
    `Per subscriber (steps ${first.subscribers}–${end.subscribers}, clients keeping up): Janus CPU ${(perSub.cpu * 100).toFixed(2)} % of a core, memory ${Number.isFinite(perSub.rss) ? `${(perSub.rss * 1024).toFixed(0)} KiB` : 'n/a'}.`,
    `Publisher upload: ${upload.toFixed(0)} kbit/s through Janus; a browser mesh would need ${((upload * served) / 1000).toFixed(1)} Mbit/s for ${served} receivers — ${served.toFixed(0)}× (mesh / SFU).`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  say(`Done in ${Math.round((Date.now() - started) / 1000)} s.`);
}

main()
  .then(() => cleanups.run())
  .catch(async (err) => {
    console.error(err instanceof StackError ? `\n✖ ${err.message}\n` : err);
    await cleanups.run();
    process.exitCode = 1;
  });
