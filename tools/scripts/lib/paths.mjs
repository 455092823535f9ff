// @ts-check
// Where things are: the repository and its local state.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Local state of `npm start`: database (non-root), Redis, generated admin, logs, mails. */
export const DATA_DIR = path.join(ROOT, '.data');

/**
 * A path as people want to read it in a message: relative when inside the repository.
 * @param {string} file
 */
export function shown(file) {
  const relative = path.relative(ROOT, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
