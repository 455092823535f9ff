// Types for stack.mjs, so TypeScript callers (the Playwright global setup) are checked too.
import type { ChildProcess } from 'node:child_process';

export declare const ROOT: string;
export declare const DATA_DIR: string;
export declare const DIST: { api: string; migrate: string; seed: string; worker: string; web: string };

export declare class StackError extends Error {}
export declare function say(message: string): void;
export declare function freePort(preferred?: number): Promise<number>;

export interface StartedProcess extends ChildProcess {
  ecampusName: string;
  tail: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}
export interface ProcessOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** 'inherit' (prefixed lines on stdout) or a log file path. */
  output?: string;
  uid?: number;
  gid?: number;
  stopSignal?: NodeJS.Signals;
}
export declare function startProcess(name: string, command: string, args: string[], options?: ProcessOptions): StartedProcess;
export declare function stopProcess(child: StartedProcess, timeoutMs?: number): Promise<void>;
export declare function runToEnd(name: string, command: string, args: string[], options?: ProcessOptions): Promise<string[]>;

export declare function withDatabase(url: string, database: string): string;
export declare function redact(url: string): string;
export declare function ensureDatabase(serverUrl: string, database: string): Promise<boolean>;
export declare function dropDatabase(serverUrl: string, database: string): Promise<void>;
export declare function isDatabaseEmpty(url: string): Promise<boolean>;

export interface Service {
  url: string;
  stop(): Promise<void>;
}
export declare function ensurePostgres(options?: {
  dataDir?: string;
  database?: string;
  databaseUrl?: string;
  output?: string;
  adoptRunning?: boolean;
}): Promise<Service & { embedded: boolean }>;
export declare function pingRedis(host: string, port: number, password?: string, timeoutMs?: number): Promise<boolean>;
export declare function ensureRedis(options?: {
  dataDir?: string;
  redisUrl?: string;
  output?: string;
  localPort?: number;
}): Promise<Service & { started: boolean }>;

export declare function startStack(options: {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix?: string;
  port?: number;
  seedDemo?: boolean;
  env?: Record<string, string>;
  /** 'inherit' or a directory for api.log, worker.log, migrate.log, seed.log. */
  output?: string;
  healthTimeoutMs?: number;
}): Promise<{
  url: string;
  seedOutput: string[];
  stop(): Promise<void>;
  /** Resolves when api or worker ends by itself. */
  exited: Promise<{ name: string; code: number | null; signal: NodeJS.Signals | null; tail: string[] }>;
}>;

export declare function lockDataDir(name?: string): () => Promise<void>;
export declare const NX_BIN: string;
export declare function binOf(pkg: string, name?: string): string;
export declare function nxEnv(base?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
