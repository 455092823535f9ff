import { Logger } from '@nestjs/common';

const QUIET_MS = 30_000;

interface ErrorEmitter {
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/** Logs an emitter's 'error' events as warnings, at most one per 30 s (Redis down = one per retry). */
export function logErrorsOf<T extends ErrorEmitter>(emitter: T, what: string): T {
  const logger = new Logger('Queue');
  let last = 0;
  emitter.on('error', (error) => {
    const now = Date.now();
    if (now - last < QUIET_MS) return;
    last = now;
    logger.warn(`${what}: ${error.message}`);
  });
  return emitter;
}
