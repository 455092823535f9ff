#!/usr/bin/env node
// @ts-check
// `npm run bench:live` (issue 9): the live room under load, next to a bare Socket.IO server with the
// same adapter doing the same broadcast, and the memory of idle authenticated sockets.
//
// A stack of its own like bench:api (fresh database, NODE_ENV=production, logs in tmp/bench/<run>/),
// a program with N mentees and a live session (tools/bench/live-seed.mjs), access tokens signed
// with the stack's secret. Then, for the API and the bare server: N clients join the room and chat
// runs at R messages/s (a warm-up, then the measured seconds); every client times every message it
// receives (sender and receivers share this process's clock). Last, M idle sockets open on the API
// (handshake with a token, no room) and the API's memory is read before and after.
// Needs the built apps (`npx nx run-many -t build -p api worker web`). See docs/benchmarks.md.
//
//   npm run bench:live [-- --clients=500 --rate=20 --seconds=20 --warmup=5 --idle=5000]
import { randomBytes, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import jwt from 'jsonwebtoken';
import { io } from 'socket.io-client';
import { cleanEnv } from '../scripts/lib/env.mjs';
import { say, StackError } from '../scripts/lib/log.mjs';
import { ROOT, shown } from '../scripts/lib/paths.mjs';
import { freePort } from '../scripts/lib/ports.mjs';
import { sleep, startProcess, stopProcess } from '../scripts/lib/processes.mjs';
import { DIST, startStack } from '../scripts/lib/stack.mjs';
import { benchServices, childPid, cleanupList, cpuSeconds, option, rssMiB } from './bench-common.mjs';
import { seedLiveRoom } from './live-seed.mjs';

const BARE_SERVER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bare-live-server.mjs');

const CLIENTS = option('clients', 500);
const RATE = option('rate', 20);
const SECONDS = option('seconds', 20);
const WARMUP = option('warmup', 5);
const IDLE = option('idle', 5000);
/** Targets of issue 9. */
const TARGET = { deliveredRatio: 0.8, p99Ms: 100, idle10kMiB: 1024 };
/** How long after the last send receipts still count (then the run is over). */
const DRAIN_MS = 3000;

const cleanups = cleanupList();

/** @typedef {import('socket.io-client').Socket} Client */
/** @typedef {{ sent: number, failedAcks: number, expected: number, delivered: number, perSecond: number, p50: number, p99: number, max: number, rssMaxMiB: number, rssBeforeMiB: number, cpuSeconds: number }} RoomResult */

/**
 * Opens sockets in batches; with `sessionId` each joins the room. Resolves when all are in.
 * @param {string} url the namespace's URL
 * @param {string[]} tokens one per socket
 * @param {string | null} sessionId
 * @returns {Promise<Client[]>}
 */
async function connectAll(url, tokens, sessionId) {
  /** @type {Client[]} */
  const clients = [];
  const BATCH = 100;
  for (let i = 0; i < tokens.length; i += BATCH) {
    const batch = tokens.slice(i, i + BATCH).map(
      (token) =>
        new Promise((resolve, reject) => {
          const socket = io(url, { transports: ['websocket'], reconnection: false, forceNew: true, auth: { token } });
          socket.once('connect_error', (err) => reject(new StackError(`A socket was refused: ${err.message}`)));
          socket.once('connect', () => {
            if (!sessionId) return resolve(socket);
            socket.emit('session:join', { sessionId }, (/** @type {{ ok: boolean, error?: { message: string } }} */ ack) =>
              ack?.ok ? resolve(socket) : reject(new StackError(`session:join refused: ${ack?.error?.message ?? JSON.stringify(ack)}`)),
            );
          });
        }),
    );
    clients.push(.../** @type {Client[]} */ (await Promise.all(batch)));
  }
  return clients;
}

/**
 * p-th percentile of sorted values.
 * @param {number[]} sorted
 * @param {number} p
 */
const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

/**
 * One server: CLIENTS join, chat at RATE for WARMUP + SECONDS, receipts timed by every client.
 * @param {string} url
 * @param {string[]} tokens
 * @param {string} sessionId
 * @param {number} pid the server's process
 * @returns {Promise<RoomResult>}
 */
async function roomRun(url, tokens, sessionId, pid) {
  const clients = await connectAll(url, tokens, sessionId);
  /** @type {number[]} */
  const latencies = [];
  for (const client of clients)
    client.on('chat:message', (/** @type {{ text: string }} */ m) => {
      const [phase, sentAt] = m.text.split(' ');
      if (phase === 'm') latencies.push(performance.now() - Number(sentAt));
    });
  let sent = 0;
  let failedAcks = 0;
  let next = 0;
  /**
   * @param {'w' | 'm'} phase
   * @param {number} seconds
   */
  const sendFor = (phase, seconds) =>
    new Promise((resolve) => {
      const started = performance.now();
      const timer = setInterval(() => {
        // Senders take turns, so no one meets the per-person chat limit.
        const sender = clients[next++ % clients.length];
        if (phase === 'm') sent++;
        sender.emit('chat:send', { sessionId, text: `${phase} ${performance.now()}` }, (/** @type {{ ok: boolean }} */ ack) => {
          if (!ack?.ok && phase === 'm') failedAcks++;
        });
        if (performance.now() - started >= seconds * 1000) {
          clearInterval(timer);
          resolve(undefined);
        }
      }, 1000 / RATE);
    });
  await sendFor('w', WARMUP);
  await sleep(DRAIN_MS);
  const rssBeforeMiB = rssMiB(pid);
  let rssMaxMiB = rssBeforeMiB;
  const sampler = setInterval(() => (rssMaxMiB = Math.max(rssMaxMiB, rssMiB(pid))), 500);
  const cpuBefore = cpuSeconds(pid);
  await sendFor('m', SECONDS);
  await sleep(DRAIN_MS);
  clearInterval(sampler);
  const cpu = cpuSeconds(pid) - cpuBefore;
  for (const client of clients) client.disconnect();
  const sorted = latencies.sort((a, b) => a - b);
  return {
    sent,
    failedAcks,
    // Everyone but the sender, who has her message in the ack.
    expected: sent * (clients.length - 1),
    delivered: latencies.length,
    perSecond: latencies.length / SECONDS,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
    rssBeforeMiB,
    rssMaxMiB,
    cpuSeconds: cpu,
  };
}

/**
 * IDLE authenticated sockets on the API, no room: the API's memory before and after.
 * @param {string} url
 * @param {string[]} tokens
 * @param {number} pid
 */
async function idleRun(url, tokens, pid) {
  await sleep(3000);
  const before = rssMiB(pid);
  const started = performance.now();
  const sockets = await connectAll(url, tokens, null);
  const connectSeconds = (performance.now() - started) / 1000;
  await sleep(5000);
  const after = rssMiB(pid);
  for (const socket of sockets) socket.disconnect();
  const perSocketKiB = ((after - before) * 1024) / sockets.length;
  return { sockets: sockets.length, before, after, perSocketKiB, projected10kMiB: before + (perSocketKiB * 10_000) / 1024, connectSeconds };
}

async function main() {
  const started = Date.now();
  const run = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const logs = path.join(ROOT, 'tmp/bench', `live-${run}`);
  const { databaseUrl, redis, redisPrefix } = await benchServices(cleanups, run, logs);
  const secret = randomBytes(32).toString('hex');
  const stack = await startStack({
    env: cleanEnv({ NODE_ENV: 'production', JWT_SECRET: secret, MAIL_DIR: path.join(logs, 'mail'), DATA_DIR: path.join(logs, 'data') }),
    databaseUrl,
    redisUrl: redis.url,
    redisPrefix,
    port: await freePort(),
    output: logs,
  });
  cleanups.add(stack.stop);
  const room = await seedLiveRoom(databaseUrl, Math.max(CLIENTS, 1));
  // The API's access tokens (AccessTokenService): HS256, issuer and audience 'ecampus', a session id
  // of its own per socket (no session of these has ended, so each is live).
  const token = (/** @type {{ id: string, email: string }} */ user) =>
    jwt.sign({ sub: user.id, email: user.email, adm: false, sid: randomUUID() }, secret, {
      algorithm: 'HS256',
      issuer: 'ecampus',
      audience: 'ecampus',
      expiresIn: 3600,
    });
  const roomTokens = room.people.slice(0, CLIENTS).map(token);

  const barePort = await freePort();
  const bare = startProcess('bare-live', process.execPath, [BARE_SERVER], {
    env: cleanEnv({ REDIS_URL: redis.url, REDIS_PREFIX: redisPrefix, PORT: String(barePort) }),
    output: path.join(logs, 'bare-live.log'),
  });
  cleanups.add(() => stopProcess(bare));
  const apiUrl = stack.url.replace('localhost', '127.0.0.1');
  const bareUrl = `http://127.0.0.1:${barePort}`;
  for (let i = 0; ; i++) {
    if (
      await fetch(`${bareUrl}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 75) throw new StackError('The bare Socket.IO server did not start within 15 s.');
    await sleep(200);
  }

  const pids = { api: childPid(DIST.api), bare: /** @type {number} */ (bare.pid) };
  const loadBefore = os.loadavg()[0];
  say(`${CLIENTS} clients in one room, chat at ${RATE}/s: ${WARMUP} s warm-up + ${SECONDS} s measured per server …`);
  const api = await roomRun(`${apiUrl}/live`, roomTokens, room.sessionId, pids.api);
  say(`API: ${api.perSecond.toFixed(0)} delivered/s, p99 ${api.p99.toFixed(1)} ms`);
  const bareResult = await roomRun(`${bareUrl}/live`, roomTokens, room.sessionId, pids.bare);
  say(`bare: ${bareResult.perSecond.toFixed(0)} delivered/s, p99 ${bareResult.p99.toFixed(1)} ms`);
  say(`${IDLE} idle authenticated sockets on the API …`);
  const idleTokens = Array.from({ length: IDLE }, (_, i) => token(room.people[i % room.people.length]));
  const idle = await idleRun(`${apiUrl}/live`, idleTokens, pids.api);

  const results = {
    clients: CLIENTS,
    rate: RATE,
    seconds: SECONDS,
    api,
    bare: bareResult,
    idle,
    node: process.version,
    cpus: os.cpus().length,
    loadBefore,
  };
  writeFileSync(path.join(logs, 'results.json'), JSON.stringify(results, null, 2));
  const f1 = (/** @type {number} */ x) => x.toFixed(1);
  const ratio = (/** @type {number} */ x) => `${x.toFixed(2)}×`;
  const line = (/** @type {string} */ label, /** @type {string[]} */ cells) =>
    `  ${label.padEnd(26)}${cells.map((c) => c.padStart(13)).join('')}`;
  const row = (/** @type {RoomResult} */ r) => [
    f1(r.perSecond),
    `${((100 * r.delivered) / Math.max(1, r.expected)).toFixed(1)} %`,
    f1(r.p50),
    f1(r.p99),
    f1(r.rssMaxMiB),
    f1(r.cpuSeconds),
  ];
  const verdict = (/** @type {boolean} */ ok) => (ok ? 'met' : 'NOT met');
  const deliveredRatio = api.perSecond / bareResult.perSecond;
  process.stdout.write(
    [
      '',
      `Node ${process.version}, ${os.cpus().length} cores, load average ${loadBefore.toFixed(2)} before the runs; clients run in this one process`,
      `${CLIENTS} clients in one room, chat at ${RATE} messages/s, ${SECONDS} s measured after ${WARMUP} s warm-up`,
      line('', ['delivered/s', 'delivered', 'p50 ms', 'p99 ms', 'RSS max MiB', 'CPU s']),
      line('API (Nest, auth, zod, PG)', row(api)),
      line('bare Socket.IO', row(bareResult)),
      line('API / bare', [
        ratio(deliveredRatio),
        '',
        ratio(api.p50 / bareResult.p50),
        ratio(api.p99 / bareResult.p99),
        ratio(api.rssMaxMiB / bareResult.rssMaxMiB),
        ratio(api.cpuSeconds / bareResult.cpuSeconds),
      ]),
      ...(api.failedAcks ? [`  ${api.failedAcks} of the API's chat:send were refused (see ${shown(logs)}/api.log)`] : []),
      '',
      `${idle.sockets} idle authenticated sockets on the API: RSS ${f1(idle.before)} → ${f1(idle.after)} MiB (${f1(idle.perSocketKiB)} KiB per socket, opened in ${f1(idle.connectSeconds)} s); 10,000 projected: ${f1(idle.projected10kMiB)} MiB`,
      '',
      `Targets: delivered ≥ ${TARGET.deliveredRatio}× bare — ${verdict(deliveredRatio >= TARGET.deliveredRatio)} (${ratio(deliveredRatio)}); p99 < ${TARGET.p99Ms} ms — ${verdict(api.p99 < TARGET.p99Ms)} (${f1(api.p99)} ms); 10,000 idle sockets < 1 GiB — ${verdict(idle.projected10kMiB < TARGET.idle10kMiB)} (${f1(idle.projected10kMiB)} MiB)`,
      '',
    ].join('\n'),
  );
  say(`Done in ${Math.round((Date.now() - started) / 1000)} s.`);
}

main()
  .then(cleanups.run)
  .catch(async (err) => {
    console.error(err instanceof StackError ? `\n✖ ${err.message}\n` : err);
    await cleanups.run();
    process.exit(1);
  });
