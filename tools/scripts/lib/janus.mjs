// @ts-check
// Janus for the app: the caller's (JANUS_URL with JANUS_API_SECRET and JANUS_ADMIN_KEY), or a
// `janus` from PATH started here with a generated configuration, or none (the room then works
// without audio and video, and says so).
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { onPath } from './bins.mjs';
import { StackError } from './log.mjs';
import { DATA_DIR, shown } from './paths.mjs';
import { freePort } from './ports.mjs';
import { isGone, sleep, startProcess, stopProcess } from './processes.mjs';

const { janusArgs, janusLibDir, writeJanusConfig } = createRequire(import.meta.url)('./janus-config.cjs');

/**
 * @typedef {object} Janus
 * @property {Record<string, string>} env what the API needs to reach it (JANUS_URL, JANUS_API_SECRET, JANUS_ADMIN_KEY)
 * @property {boolean} started true when a janus was started here
 * @property {string | null} notice why there is none, when there is none
 * @property {() => Promise<void>} stop only stops what was started here
 */

/**
 * True once something accepts TCP connections on 127.0.0.1:`port` (Janus opens its WebSockets
 * port after its plugins are loaded).
 * @param {number} port
 */
function listening(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/**
 * @param {object} [options]
 * @param {NodeJS.ProcessEnv} [options.env] where JANUS_URL and friends are read
 * @param {string} [options.dir] configuration folder of a started janus
 * @param {string} [options.output] its log file
 * @returns {Promise<Janus>}
 */
export async function ensureJanus({
  env = process.env,
  dir = path.join(DATA_DIR, 'janus'),
  output = path.join(DATA_DIR, 'janus.log'),
} = {}) {
  const none = async () => undefined;
  if (env.JANUS_URL) {
    const given = { JANUS_URL: env.JANUS_URL, JANUS_API_SECRET: env.JANUS_API_SECRET ?? '', JANUS_ADMIN_KEY: env.JANUS_ADMIN_KEY ?? '' };
    return { env: given, started: false, notice: null, stop: none };
  }
  const bin = onPath('janus');
  const libDir = janusLibDir(env);
  if (!bin || !libDir) {
    const notice =
      'No Janus: live seminars run without audio and video (chat, slides and the rest work).\n' +
      '  Install it (Debian/Ubuntu: `sudo apt-get install janus`) or point JANUS_URL at one (docs/deployment.md).';
    return { env: {}, started: false, notice, stop: none };
  }
  const wsPort = await freePort();
  const apiSecret = randomBytes(24).toString('base64url');
  const adminKey = randomBytes(24).toString('base64url');
  writeJanusConfig({ dir, libDir, wsPort, apiSecret, adminKey, rtpPorts: env.JANUS_RTP_PORTS, stunServer: env.JANUS_STUN_SERVER });
  const child = startProcess('janus', bin, janusArgs(dir), { output });
  const until = Date.now() + 20_000;
  while (!(await listening(wsPort))) {
    if (isGone(child) || Date.now() > until) {
      await stopProcess(child);
      throw new StackError(`janus did not start. Last lines of ${shown(output)}:\n${child.tail.join('\n')}`);
    }
    await sleep(150);
  }
  return {
    env: { JANUS_URL: `ws://127.0.0.1:${wsPort}`, JANUS_API_SECRET: apiSecret, JANUS_ADMIN_KEY: adminKey },
    started: true,
    notice: null,
    stop: () => stopProcess(child, 10_000),
  };
}
