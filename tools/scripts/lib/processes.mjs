// @ts-check
// Long-running child processes in process groups of their own, stopped in order, with the last
// lines of their output at hand for error messages.
import { spawn } from 'node:child_process';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import readline from 'node:readline';
import { cleanEnv } from './env.mjs';
import { say, StackError } from './log.mjs';
import { ROOT } from './paths.mjs';

/**
 * @typedef {object} ProcessOptions
 * @property {NodeJS.ProcessEnv} [env] the whole environment of the process (default: cleanEnv())
 * @property {string} [cwd]
 * @property {string} [output] 'inherit' (prefixed lines on our stdout) or a log file (appended; the
 *   child writes to it itself, so its log lines cost this process nothing: the benches generate
 *   load from this process, and pumping the API's request log through it slowed the load generator
 *   during the API's runs only)
 * @property {number} [uid]
 * @property {number} [gid]
 * @property {NodeJS.Signals} [stopSignal]
 */

/** @typedef {{ code: number | null, signal: NodeJS.Signals | null, error?: Error }} Exit */

/**
 * @typedef {object} ProcessState
 * @property {string} ecampusName
 * @property {NodeJS.Signals} stopSignal
 * @property {string[]} tail the last 40 lines of output
 * @property {Promise<Exit>} exited resolves once the process is gone
 */

/** @typedef {import('node:child_process').ChildProcess & ProcessState} StartedProcess */

/** @param {number} ms */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Every process started here that still runs; used by the exit safety net.
 * @type {Set<StartedProcess>}
 */
const running = new Set();

process.once('exit', () => {
  // Last resort when the parent exits without calling stop(): never leave servers behind.
  for (const child of running) {
    try {
      child.kill(child.stopSignal);
    } catch {
      /* already gone */
    }
  }
});

/**
 * True once the process has ended.
 * @param {import('node:child_process').ChildProcess} child
 */
export function isGone(child) {
  return child.exitCode !== null || child.signalCode !== null;
}

/**
 * Starts a long-running process. It gets its own process group (detached), so a Ctrl-C in the
 * terminal reaches only us and we can stop things in order: apps first, databases last.
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {ProcessOptions} [options]
 * @returns {StartedProcess}
 */
export function startProcess(
  name,
  command,
  args,
  { env = cleanEnv(), cwd = ROOT, output = 'inherit', uid, gid, stopSignal = 'SIGTERM' } = {},
) {
  const file = output === 'inherit' ? null : openSync(output, 'a');
  // Where this run's lines begin in an appended file: error messages quote this run only.
  const from = file === null ? 0 : fstatSync(file).size;
  /** @type {import('node:child_process').StdioOptions} */
  const stdio = file === null ? ['ignore', 'pipe', 'pipe'] : ['ignore', file, file];
  /** @type {import('node:child_process').ChildProcess} */
  const spawned = spawn(command, args, { cwd, env, uid, gid, detached: true, stdio });
  // The child holds its own copy of the descriptor.
  if (file !== null) closeSync(file);
  /** @type {string[]} */
  const piped = [];
  const exited = new Promise((resolve) => {
    spawned.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
    spawned.once('error', (error) => {
      running.delete(child);
      piped.push(String(error));
      resolve({ code: -1, signal: null, error });
    });
  });
  const state = {
    ecampusName: name,
    stopSignal,
    exited,
    get tail() {
      return file === null ? piped : [...lastLines(/** @type {string} */ (output), from, 40), ...piped];
    },
  };
  /** @type {StartedProcess} */
  const child = /** @type {StartedProcess} */ (Object.defineProperties(spawned, Object.getOwnPropertyDescriptors(state)));
  running.add(child);
  for (const stream of [spawned.stdout, spawned.stderr]) {
    if (!stream) continue;
    readline.createInterface({ input: stream }).on('line', (line) => {
      piped.push(line);
      if (piped.length > 40) piped.shift();
      process.stdout.write(`[${name}] ${line}\n`);
    });
  }
  return child;
}

/**
 * The last `count` lines of a log file written from byte `from` on (read from its last 64 KiB).
 * @param {string} file
 * @param {number} from
 * @param {number} count
 */
function lastLines(file, from, count) {
  let fd;
  try {
    fd = openSync(file, 'r');
  } catch {
    return [];
  }
  try {
    const size = fstatSync(fd).size;
    const length = Math.min(size - from, 64 * 1024);
    if (length <= 0) return [];
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    const lines = buffer.toString('utf8').split('\n');
    if (lines.at(-1) === '') lines.pop();
    // A partial first line when this run wrote more than what was read.
    if (length < size - from) lines.shift();
    return lines.slice(-count);
  } finally {
    closeSync(fd);
  }
}

/**
 * Stops a process: its stop signal, then SIGKILL after `timeoutMs`. Resolves once it is gone.
 * @param {StartedProcess | null | undefined} child
 * @param {number} [timeoutMs]
 */
export async function stopProcess(child, timeoutMs = 10_000) {
  if (!child || isGone(child)) return;
  try {
    child.kill(child.stopSignal);
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    say(`${child.ecampusName} did not stop within ${timeoutMs / 1000}s: killing it.`);
    try {
      child.kill('SIGKILL');
    } catch {
      /* gone */
    }
  }, timeoutMs);
  await child.exited;
  clearTimeout(timer);
}

/**
 * Runs a command to completion; rejects with its output tail when it fails.
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {ProcessOptions} [options]
 * @returns {Promise<string[]>} the last lines of its output
 */
export async function runToEnd(name, command, args, options = {}) {
  const child = startProcess(name, command, args, options);
  const { code, signal } = await child.exited;
  if (code !== 0) {
    const tail = options.output === 'inherit' || !options.output ? '' : `\n${child.tail.join('\n')}`;
    throw new StackError(`${name} failed (${signal ?? `exit code ${code}`}).${tail}`);
  }
  return child.tail;
}
