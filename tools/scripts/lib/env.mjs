// @ts-check
// Environments of child processes, built from explicit values: a test stack must not pick up the
// caller's application settings (ADMIN_EMAIL, JWT_SECRET, SEED_DEMO, PUBLIC_URL, …).
import path from 'node:path';
import { ROOT } from './paths.mjs';

/** What any process needs from the machine to run; never application settings. */
const MACHINE = ['PATH', 'HOME', 'TMPDIR', 'TZ', 'LANG'];

/**
 * The machine variables of this process plus `values`, nothing else.
 * @param {Record<string, string | undefined>} [values]
 * @returns {NodeJS.ProcessEnv}
 */
export function cleanEnv(values = {}) {
  /** @type {NodeJS.ProcessEnv} */
  const env = {};
  for (const name of MACHINE) if (process.env[name] !== undefined) env[name] = process.env[name];
  for (const [name, value] of Object.entries(values)) if (value !== undefined) env[name] = value;
  return env;
}

/**
 * Environment for running Nx from scripts: no cloud, daemon or TUI; its files inside tmp/.
 * @param {NodeJS.ProcessEnv} [base]
 * @returns {NodeJS.ProcessEnv}
 */
export function nxEnv(base = process.env) {
  return {
    ...base,
    NX_NO_CLOUD: 'true',
    NX_DAEMON: 'false',
    NX_TUI: 'false',
    // Otherwise Nx writes sockets and a native-binary copy to /tmp/.nx/<uid> (see TOOLCHAIN.md).
    NX_SOCKET_DIR: base.NX_SOCKET_DIR ?? path.join(ROOT, 'tmp/nx-socket'),
    NX_NATIVE_FILE_CACHE_DIRECTORY: base.NX_NATIVE_FILE_CACHE_DIRECTORY ?? path.join(ROOT, 'tmp/nx-native'),
  };
}
