import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, listening } from './ports';
import { workspaceRoot } from './workspace-migrations';

/**
 * The one definition of a Janus configuration, shared with `npm start` and the e2e run (a script
 * of the workspace's tools, not a library: read from the workspace root, when a test needs Janus).
 */
function janusConfig() {
  return require(path.join(workspaceRoot(), 'tools/scripts/lib/janus-config.cjs')) as {
    janusArgs(dir: string): string[];
    janusLibDir(env?: NodeJS.ProcessEnv): string | null;
    writeJanusConfig(o: { dir: string; libDir: string; wsPort: number; apiSecret: string; adminKey: string; rtpPorts?: string }): string;
  };
}

export interface TestJanus {
  /** What the API's configuration needs (JANUS_URL, JANUS_API_SECRET, JANUS_ADMIN_KEY). */
  env: { JANUS_URL: string; JANUS_API_SECRET: string; JANUS_ADMIN_KEY: string };
  /** Its output so far (for a failing test's message). */
  log(): string;
  stop(): Promise<void>;
}

/**
 * A Janus of the test's own: `janus` from PATH (Debian's package; `.ci/run` installs it) with a
 * generated configuration in a temporary folder, on free ports, with its own API secret and
 * VideoRoom admin key. Fails with the reason when there is no janus.
 */
export async function startTestJanus(): Promise<TestJanus> {
  const { janusArgs, janusLibDir, writeJanusConfig } = janusConfig();
  const bin = spawnSync('sh', ['-c', 'command -v janus'], { encoding: 'utf8' }).stdout.trim();
  const libDir = janusLibDir();
  if (!bin || !libDir) throw new Error('Kein Janus gefunden: `sudo apt-get install janus` (Debian) oder JANUS_LIB_DIR setzen.');
  const dir = mkdtempSync(path.join(tmpdir(), 'ecampus-janus-'));
  const wsPort = await freePort();
  const rtpBase = 20000 + Math.floor(Math.random() * 400) * 100;
  const env = {
    JANUS_URL: `ws://127.0.0.1:${wsPort}`,
    JANUS_API_SECRET: randomBytes(18).toString('base64url'),
    JANUS_ADMIN_KEY: randomBytes(18).toString('base64url'),
  };
  writeJanusConfig({
    dir,
    libDir,
    wsPort,
    apiSecret: env.JANUS_API_SECRET,
    adminKey: env.JANUS_ADMIN_KEY,
    rtpPorts: `${rtpBase}-${rtpBase + 99}`,
  });
  const child: ChildProcess = spawn(bin, janusArgs(dir), { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const until = Date.now() + 20_000;
  while (!(await listening(wsPort))) {
    if (child.exitCode !== null || Date.now() > until) {
      await stop();
      throw new Error(`janus startete nicht:\n${output.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { env, log: () => output, stop };
}
