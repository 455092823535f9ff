// @ts-check
// The stack's public surface for callers outside tools/ (the Playwright global setup), which load
// it with one dynamic import. Scripts in tools/ import the module they need directly.
export { ensureDatabase, dropDatabase, withDatabase } from './database.mjs';
export { cleanEnv } from './env.mjs';
export { ensureJanus } from './janus.mjs';
export { redact, StackError } from './log.mjs';
export { dropRedisKeys } from './redis.mjs';
export { ROOT } from './paths.mjs';
export { startNginx } from './nginx.mjs';
export { freePort } from './ports.mjs';
export { startStack } from './stack.mjs';
