// @ts-check
// A CPU profile of a running Node process for a chosen window, without restarting it: SIGUSR1
// opens its inspector (127.0.0.1:9229), and V8's sampling profiler runs over the DevTools protocol
// from start() to stop(). Linux and macOS; needs a global WebSocket (Node 22+, or Node 20 with
// --experimental-websocket).
import { StackError } from '../scripts/lib/log.mjs';
import { freePort } from '../scripts/lib/ports.mjs';
import { sleep } from '../scripts/lib/processes.mjs';

/** Where a Node process opened by SIGUSR1 listens (process.debugPort's default). */
const INSPECTOR_PORT = 9229;

/** The inspector's WebSocket URL once one listens on the port (the process is checked after connecting). */
async function debuggerUrl() {
  const until = Date.now() + 5000;
  while (Date.now() < until) {
    try {
      const response = await fetch(`http://127.0.0.1:${INSPECTOR_PORT}/json/list`);
      const [target] = /** @type {{ webSocketDebuggerUrl: string }[]} */ (await response.json());
      if (target) return target.webSocketDebuggerUrl;
    } catch {
      /* not listening yet */
    }
    await sleep(100);
  }
  throw new StackError(`No inspector opened on port ${INSPECTOR_PORT}.`);
}

/**
 * A DevTools protocol session: send(method, params) resolves with the result.
 * @param {string} url
 */
async function connect(url) {
  // Typed by hand: @types/node 20 does not declare the global WebSocket.
  /** @type {{ new (url: string): { addEventListener(type: string, listener: (event: { data?: unknown }) => void, options?: object): void, send(data: string): void, close(): void } }} */
  const WebSocketClient = /** @type {any} */ (globalThis).WebSocket;
  const ws = new WebSocketClient(url);
  await new Promise((resolve, reject) => {
    ws.addEventListener('open', resolve, { once: true });
    ws.addEventListener('error', () => reject(new StackError(`Could not connect to ${url}.`)), { once: true });
  });
  /** @type {Map<number, { resolve: (v: any) => void, reject: (e: Error) => void }>} */
  const pending = new Map();
  let next = 1;
  ws.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data));
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (message.error) waiting.reject(new StackError(`${message.error.message} (DevTools protocol)`));
    else waiting.resolve(message.result);
  });
  return {
    /**
     * @param {string} method
     * @param {object} [params]
     * @returns {Promise<any>}
     */
    send(method, params = {}) {
      const id = next++;
      ws.send(JSON.stringify({ id, method, params }));
      return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
    },
    close: () => ws.close(),
  };
}

/**
 * Starts sampling process `pid` now; `stop()` resolves with the profile (.cpuprofile JSON).
 * @param {number} pid
 * @param {{ intervalMicros?: number }} [options]
 */
export async function startProfile(pid, { intervalMicros = 500 } = {}) {
  if (!('WebSocket' in globalThis)) throw new StackError('No global WebSocket: run with Node 22+ or node --experimental-websocket.');
  if ((await freePort(INSPECTOR_PORT)) !== INSPECTOR_PORT)
    throw new StackError(`Port ${INSPECTOR_PORT} is in use: cannot open an inspector.`);
  process.kill(pid, 'SIGUSR1');
  const session = await connect(await debuggerUrl());
  const { result } = await session.send('Runtime.evaluate', { expression: 'process.pid' });
  if (result.value !== pid) {
    session.close();
    throw new StackError(`The inspector on port ${INSPECTOR_PORT} belongs to process ${result.value}, not ${pid}.`);
  }
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: intervalMicros });
  await session.send('Profiler.start');
  return {
    /** @returns {Promise<import('./profile-summary.mjs').CpuProfile>} */
    async stop() {
      const { profile } = await session.send('Profiler.stop');
      await session.send('Profiler.disable');
      // Close the inspector again (frees the port); the answer may not come back before it closes.
      void session.send('Runtime.evaluate', { expression: 'process._debugEnd()' }).catch(() => undefined);
      await sleep(100);
      session.close();
      return profile;
    },
  };
}
