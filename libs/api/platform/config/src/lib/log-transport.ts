import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AppConfig } from './config.schema';

/** pino-pretty is a development dependency: production images may not have it. */
export function prettyLogsAvailable(): boolean {
  try {
    createRequire(join(process.cwd(), 'package.json')).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

/** The pino transport of a process (API and worker alike): readable lines when asked and installed, else JSON. */
export function logTransport(config: AppConfig) {
  return config.LOG_PRETTY && prettyLogsAvailable()
    ? { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l' } }
    : undefined;
}
