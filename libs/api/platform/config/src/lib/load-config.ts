import { ConfigSchema, type AppConfig } from './config.schema';

export class ConfigError extends Error {
  constructor(
    readonly key: string,
    detail: string,
  ) {
    super(`Invalid configuration: ${key} ${detail}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the environment once. Empty strings count as "not set" so that `FOO=` in a .env file
 * falls back to the default instead of failing on an empty value.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== '') raw[k] = v;
  const result = ConfigSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = String(issue.path[0] ?? 'environment');
    throw new ConfigError(key, issue.message);
  }
  return Object.freeze(result.data);
}

/** For process entry points: one clear line on stderr, then exit 1. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
}
