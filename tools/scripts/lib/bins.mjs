// @ts-check
// Commands of installed packages, run with `node <entry>` (no shell, no npx), and of the system.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { StackError } from './log.mjs';
import { ROOT } from './paths.mjs';

/**
 * The entry file of an installed package's CLI, from its package.json `bin` (robust to moves).
 * @param {string} pkg
 * @param {string} [name] the command, when the package has several
 */
export function binOf(pkg, name = pkg) {
  /** @type {{ bin?: string | Record<string, string> }} */
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8'));
  const relative = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[name];
  if (!relative) throw new StackError(`${pkg} has no "${name}" command: run \`npm install\`.`);
  return path.join(ROOT, 'node_modules', pkg, relative);
}

/**
 * The full path of a command on PATH, or null.
 * @param {string} command
 */
export function onPath(command) {
  return spawnSync('sh', ['-c', 'command -v "$1"', 'sh', command], { encoding: 'utf8' }).stdout.trim() || null;
}
