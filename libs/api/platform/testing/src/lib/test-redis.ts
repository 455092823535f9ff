import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { createRedisClient, deleteKeysWithPrefix } from '@ecampus/api/platform/queue';
import { freePort, listening } from './ports';

/** The Redis integration tests use: TEST_REDIS_URL, REDIS_URL, or the local default. */
export function testRedisUrl(): string {
  return process.env['TEST_REDIS_URL'] ?? process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
}

/** A Redis key prefix unique to one test file, so parallel runs never see each other's keys. */
export function testRedisPrefix(): string {
  return `ect_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}

/**
 * Removes every key a test run wrote. BullMQ (`<prefix>:<queue>:…`), the login limits and session lists
 * (`<prefix>:attempts:…`, `<prefix>:auth:…`) and the Socket.IO streams adapter (`<prefix>:socket.io`,
 * `<prefix>:sio:session:…`) all write under `<prefix>:`, and nothing else does.
 */
export async function cleanTestRedis(url: string, prefix: string): Promise<void> {
  const redis = createRedisClient(url, { lazyConnect: false, enableOfflineQueue: true });
  try {
    await deleteKeysWithPrefix(redis, prefix);
  } finally {
    redis.disconnect();
  }
}

export interface TestRedisServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * A redis-server of the test's own (from PATH, as `.ci/run` installs it) on a free port, nothing on
 * disk: for a test that must do what would hurt others on the shared Redis (`FLUSHALL`).
 */
export async function startTestRedisServer(): Promise<TestRedisServer> {
  const bin = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();
  if (!bin) throw new Error('Kein redis-server gefunden: `sudo apt-get install redis-server` (Debian).');
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', tmpdir()];
  const child: ChildProcess = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-5000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  };
  const until = Date.now() + 10_000;
  while (!(await listening(port))) {
    if (child.exitCode !== null || Date.now() > until) {
      await stop();
      throw new Error(`redis-server startete nicht:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url: `redis://127.0.0.1:${port}`, stop };
}
