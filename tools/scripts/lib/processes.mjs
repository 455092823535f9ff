// @ts-check
// Long-running child processes in process groups of their own, stopped in order, with the last
// lines of their output at hand for error messages.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import readline from 'node:readline';
import { cleanEnv } from './env.mjs';
import { say, StackError } from './log.mjs';
import { ROOT } from './paths.mjs';

/**
 * @typedef {object} ProcessOptions
 * @property {NodeJS.ProcessEnv} [env] the whole environment of the process (default: cleanEnv())
 * @property {string} [cwd]
 * @property {string} [output] 'inherit' (prefixed lines on our stdout) or a log file (appended)
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
  const spawned = spawn(command, args, { cwd, env, uid, gid, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  /** @type {string[]} */
  const tail = [];
  const exited = new Promise((resolve) => {
    spawned.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
    spawned.once('error', (error) => {
      running.delete(child);
      tail.push(String(error));
      resolve({ code: -1, signal: null, error });
    });
  });
  /** @type {StartedProcess} */
  const child = Object.assign(spawned, { ecampusName: name, stopSignal, tail, exited });
  running.add(child);
  const file = output === 'inherit' ? null : createWriteStream(output, { flags: 'a' });
  for (const stream of [spawned.stdout, spawned.stderr]) {
    if (!stream) continue;
    readline.createInterface({ input: stream }).on('line', (line) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      if (file) file.write(line + '\n');
      else process.stdout.write(`[${name}] ${line}\n`);
    });
  }
  if (file) void exited.then(() => file.end());
  return child;
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
