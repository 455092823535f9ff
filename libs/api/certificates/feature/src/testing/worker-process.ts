import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { TEST_JWT_SECRET, type TestServices } from '@ecampus/api/platform/testing';

const ENTRY = join(__dirname, 'certificate-worker-process.ts');
const TSCONFIG = join(__dirname, 'tsconfig.worker-process.json');

/** A certificates worker as a real child process on the test's services; resolves once it takes jobs. */
export function startWorkerProcess(s: TestServices, env: Record<string, string> = {}): Promise<ChildProcess> {
  const config = {
    NODE_ENV: 'test',
    DATABASE_URL: s.db.url,
    REDIS_URL: s.redisUrl,
    REDIS_PREFIX: s.redisPrefix,
    JWT_SECRET: TEST_JWT_SECRET,
    PUBLIC_URL: 'http://localhost:3000',
    LOG_LEVEL: 'silent',
    MAIL_TRANSPORT: 'log',
    MAIL_DIR: s.mailDir,
    DATA_DIR: s.dataDir,
    RECONCILE_INTERVAL_SECONDS: '5',
    ...env,
  };
  const child = spawn(process.execPath, ['-r', '@swc-node/register', ENTRY], {
    env: { ...process.env, SWC_NODE_PROJECT: TSCONFIG, CERTIFICATES_TEST_ENV: JSON.stringify(config) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('READY')) resolve(child);
    });
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code, signal) => reject(new Error(`Worker-Prozess endete (${code ?? signal}): ${err}`)));
  });
}

/** Stops a worker process for good: SIGKILL (no shutdown hook runs), then waits for its exit. */
export async function killWorker(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}
