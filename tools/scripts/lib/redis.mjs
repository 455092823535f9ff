// @ts-check
// Redis for the app: the caller's (REDIS_URL), one on 127.0.0.1:6379, or a redis-server started here.
import { mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Redis as RedisClient } from 'ioredis';
import { onPath } from './bins.mjs';
import { redact, StackError } from './log.mjs';
import { DATA_DIR, shown } from './paths.mjs';
import { freePort } from './ports.mjs';
import { isGone, sleep, startProcess, stopProcess } from './processes.mjs';

/**
 * @typedef {object} Redis
 * @property {string} url
 * @property {boolean} started true when a redis-server was started here
 * @property {() => Promise<void>} stop only stops what was started here
 */

/**
 * Sends PING over a plain socket; resolves true on +PONG. No client library, no retry noise.
 * @param {string} host
 * @param {number} port
 * @param {string} [password]
 * @param {number} [timeoutMs]
 * @returns {Promise<boolean>}
 */
export function pingRedis(host, port, password, timeoutMs = 1500) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    let received = '';
    /** @param {boolean} ok */
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.on('connect', () => socket.write(password ? `AUTH ${password}\r\nPING\r\n` : 'PING\r\n'));
    socket.on('data', (data) => {
      received += data.toString();
      if (received.includes('+PONG')) done(true);
      else if (received.startsWith('-')) done(false);
    });
  });
}

/**
 * `redisUrl` when set; else 127.0.0.1:`localPort` when it answers PING; else a `redis-server`
 * from PATH with its data under `dataDir` on a free port.
 * @param {object} [options]
 * @param {string} [options.dataDir]
 * @param {string} [options.redisUrl]
 * @param {string} [options.output] log file of a started redis-server
 * @param {number} [options.localPort]
 * @returns {Promise<Redis>}
 */
export async function ensureRedis({
  dataDir = path.join(DATA_DIR, 'redis'),
  redisUrl = process.env.REDIS_URL,
  output = path.join(DATA_DIR, 'redis.log'),
  localPort = 6379,
} = {}) {
  if (redisUrl) {
    const u = new URL(redisUrl);
    const password = u.password ? decodeURIComponent(u.password) : undefined;
    if (u.protocol === 'redis:' && !(await pingRedis(u.hostname, Number(u.port || 6379), password))) {
      throw new StackError(`Redis at ${redact(redisUrl)} (REDIS_URL) does not answer PING.`);
    }
    return { url: redisUrl, started: false, stop: async () => undefined };
  }
  if (await pingRedis('127.0.0.1', localPort)) {
    return { url: `redis://127.0.0.1:${localPort}`, started: false, stop: async () => undefined };
  }
  const server = onPath('redis-server');
  if (!server) {
    throw new StackError(
      `No Redis found: nothing answers on 127.0.0.1:${localPort} and there is no \`redis-server\` on PATH.\n` +
        '  Install it (Debian/Ubuntu: `sudo apt-get install redis-server`, macOS: `brew install redis`,\n' +
        '  or `docker run -d -p 6379:6379 redis:7 --appendonly yes --maxmemory-policy noeviction`),\n' +
        '  or point REDIS_URL at one (redis://host:6379), then run `npm start` again.',
    );
  }
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(path.dirname(output), { recursive: true });
  const port = await freePort();
  // AOF on and no eviction: BullMQ keeps job state in Redis (see docs/deployment.md).
  const child = startProcess(
    'redis',
    server,
    [
      '--dir',
      dataDir,
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--appendonly',
      'yes',
      '--maxmemory-policy',
      'noeviction',
      '--save',
      '',
    ],
    { output },
  );
  const until = Date.now() + 20_000;
  while (!(await pingRedis('127.0.0.1', port))) {
    if (isGone(child) || Date.now() > until) {
      await stopProcess(child);
      throw new StackError(`redis-server did not start. Last lines of ${shown(output)}:\n${child.tail.join('\n')}`);
    }
    await sleep(150);
  }
  return { url: `redis://127.0.0.1:${port}`, started: true, stop: () => stopProcess(child, 15_000) };
}

/**
 * Deletes a run's Redis keys (queues, throttles, session lists, adapter streams: all under
 * `<prefix>:`) once its apps have stopped: benches and the e2e stack leave the shared Redis as they found it.
 * @param {string} url
 * @param {string} prefix
 */
export async function dropRedisKeys(url, prefix) {
  const redis = new RedisClient(url, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
