// @ts-check
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { StackError } from './log.mjs';
import { DATA_DIR, shown } from './paths.mjs';

/**
 * Exclusive lock file so two `npm start` in one clone do not fight over `.data/`.
 * @param {string} [name]
 * @returns {() => Promise<void>} releases the lock
 */
export function lockDataDir(name = 'start.lock') {
  mkdirSync(DATA_DIR, { recursive: true });
  const file = path.join(DATA_DIR, name);
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, 'utf8'));
    let alive = false;
    try {
      if (pid) process.kill(pid, 0);
      alive = Boolean(pid);
    } catch {
      alive = false;
    }
    if (alive && pid !== process.pid)
      throw new StackError(`Another \`npm start\` (pid ${pid}) already uses ${shown(DATA_DIR)}/. Stop it first.`);
  }
  const fd = openSync(file, 'w');
  writeFileSync(fd, String(process.pid));
  closeSync(fd);
  return () => rm(file, { force: true });
}
