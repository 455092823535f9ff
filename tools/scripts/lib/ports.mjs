// @ts-check
import net from 'node:net';
import { StackError } from './log.mjs';

/**
 * Resolves the port when `port` (0 = any) can be listened on at 127.0.0.1 right now, else null.
 * @param {number} port
 * @returns {Promise<number | null>}
 */
function tryListen(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(null));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
      const address = server.address();
      const free = address && typeof address === 'object' ? address.port : null;
      server.close(() => resolve(free));
    });
  });
}

/**
 * A TCP port that is free right now on 127.0.0.1 (`preferred` when it is free).
 * @param {number} [preferred]
 */
export async function freePort(preferred) {
  if (preferred) {
    const port = await tryListen(preferred);
    if (port) return port;
  }
  const port = await tryListen(0);
  if (!port) throw new StackError('No free TCP port found on 127.0.0.1.');
  return port;
}
