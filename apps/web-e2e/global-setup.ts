import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// tools/scripts/lib is native ESM typed with JSDoc; a static import would be compiled to require()
// by Playwright's loader, so it is loaded with a dynamic import of its file URL.
type Tools = typeof import('../../tools/scripts/lib/index.mjs');
const loadTools = (): Promise<Tools> => import(pathToFileURL(path.resolve(__dirname, '../../tools/scripts/lib/index.mjs')).href);

/** What global-teardown needs; kept on globalThis because both run in Playwright's main process. */
export interface E2eStack {
  stop(): Promise<void>;
}
declare global {
  var __ecampusE2e: E2eStack | undefined;
}

/**
 * A complete eCampus of its own for this run: a fresh database (real migrations, demo seed) on the
 * test server, a fresh Redis key prefix (both removed at teardown), api + worker on a free port, and Debian's nginx with
 * docker/nginx.conf in front of it (E2E_NGINX_URL, for the headers test). Logs go to tmp/e2e/<run>/.
 * The apps see explicit settings only, never the caller's (ADMIN_EMAIL, JWT_SECRET, PORT, …): the
 * caller's DATABASE_URL / REDIS_URL choose only the servers.
 */
export default async function globalSetup(): Promise<void> {
  const {
    cleanEnv,
    dropDatabase,
    dropRedisKeys,
    ensureDatabase,
    ensureJanus,
    freePort,
    redact,
    ROOT,
    startNginx,
    startStack,
    withDatabase,
  } = await loadTools();
  if (process.env['E2E_BASE_URL']) {
    console.log(`[e2e] using the running server at ${process.env['E2E_BASE_URL']}`);
    return;
  }
  const server = process.env['TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const redisUrl = process.env['TEST_REDIS_URL'] ?? process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  const run = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const database = `ecampus_e2e_${run}`;
  const logs = path.join(ROOT, 'tmp/e2e', run);
  const port = await freePort();

  await ensureDatabase(server, database);
  const redisPrefix = `ece2e_${run}`;
  // The run's database and Redis keys go with it (also when the stack does not come up).
  const dropData = async () => {
    try {
      await dropDatabase(server, database);
    } finally {
      await dropRedisKeys(redisUrl, redisPrefix);
    }
  };
  // A Janus of the run's own (never the caller's JANUS_URL); none when the machine has no janus.
  const janus = await ensureJanus({ env: {}, dir: path.join(logs, 'janus'), output: path.join(logs, 'janus.log') });
  if (janus.notice) console.log(`[e2e] ${janus.notice}`);
  try {
    const stack = await startStack({
      env: cleanEnv({
        NODE_ENV: 'production',
        JWT_SECRET: randomBytes(32).toString('hex'),
        // Every spec logs in from 127.0.0.1: the per-IP login limit is proven by integration tests.
        LOGIN_RATE_LIMIT: '200',
        LOGIN_IP_RATE_LIMIT: '1000',
        MAIL_DIR: path.join(logs, 'mail'),
        // Uploaded files of this run (materials, hand-ins) stay with its logs, never in the caller's .data/.
        DATA_DIR: path.join(logs, 'data'),
        ...janus.env,
      }),
      databaseUrl: withDatabase(server, database),
      redisUrl,
      redisPrefix,
      port,
      // The demo in a production-mode API: the seed refuses that unless told explicitly.
      seedDemo: true,
      forceDemo: true,
      output: logs,
    });
    // The same built app served by nginx with docker/nginx.conf (apps/web-e2e/src/security-headers.spec.ts).
    const nginx = await startNginx({ apiPort: port, dir: path.join(logs, 'nginx') }).catch(async (err: unknown) => {
      await stack.stop();
      await janus.stop();
      throw err;
    });
    process.env['E2E_BASE_URL'] = stack.url;
    process.env['E2E_NGINX_URL'] = nginx.url;
    process.env['E2E_MAIL_DIR'] = path.join(logs, 'mail');
    console.log(
      `[e2e] eCampus at ${stack.url}, through nginx at ${nginx.url} (database ${database} on ${redact(server)}, logs in ${path.relative(ROOT, logs)}/)`,
    );
    globalThis.__ecampusE2e = {
      async stop() {
        try {
          await nginx.stop();
          await stack.stop();
          await janus.stop();
        } finally {
          await dropData();
        }
      },
    };
  } catch (err) {
    await janus.stop().catch(() => undefined);
    await dropData().catch(() => undefined);
    throw err;
  }
}
