#!/usr/bin/env node
// @ts-check
// `npm run bench:certificates` (issue 11): certificates per second through the queue — the API writes
// a batch of N, the worker renders and stores them with its default concurrency — next to the same
// template rendered N times in a loop in one process (no queue, database or storage), as a ratio,
// and the worker's peak memory.
//
// A stack of its own like bench:api (fresh database, NODE_ENV=production, logs in tmp/bench/<run>/);
// a program with a coordinator and N mentees who completed its three modules (plain SQL), the
// coordinator's access token signed with the stack's secret. The loop runs the renderer from the
// sources (libs/api/certificates/feature/src/testing/render-loop.ts, via @swc-node/register).
// Needs the built apps (`npx nx run-many -t build -p api worker web`). See docs/benchmarks.md.
//
//   npm run bench:certificates [-- --certificates=1000]
import { randomBytes, randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { cleanEnv } from '../scripts/lib/env.mjs';
import { say, StackError } from '../scripts/lib/log.mjs';
import { ROOT, shown } from '../scripts/lib/paths.mjs';
import { freePort } from '../scripts/lib/ports.mjs';
import { sleep } from '../scripts/lib/processes.mjs';
import { DIST, startStack } from '../scripts/lib/stack.mjs';
import { benchServices, childPid, cleanupList, option, rssMiB } from './bench-common.mjs';

const COUNT = option('certificates', 1000);
const TARGET_RATIO = 0.7;
const LOOP = path.join(ROOT, 'libs/api/certificates/feature/src/testing/render-loop.ts');
const LOOP_TSCONFIG = path.join(ROOT, 'libs/api/certificates/feature/src/testing/tsconfig.worker-process.json');
// The same names as the loop's template (src/testing/bench-content.ts).
const MODULES = ['Die eigene Facebook-Seite', 'Instagram-Stories für den Wahlkreis', 'Sicher im Netz: Hassrede und Datenschutz'];

const cleanups = cleanupList();

/**
 * The program: a coordinator and `people` mentees who completed every lesson of its three modules.
 * @param {string} databaseUrl
 * @param {number} people
 */
async function seed(databaseUrl, people) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const {
      rows: [program],
    } = await client.query(
      `INSERT INTO program (title, mode, starts_on, ends_on) VALUES ('Bench: Reverse Mentoring 2027', 'reverse', '2027-03-01', '2027-12-15') RETURNING id`,
    );
    const {
      rows: [coordinator],
    } = await client.query(
      `INSERT INTO app_user (email, display_name) VALUES ('coordinator@bench.example', 'Koordination Bench') RETURNING id, email`,
    );
    await client.query(`INSERT INTO program_member (program_id, user_id, role) VALUES ($1, $2, 'coordinator')`, [
      program.id,
      coordinator.id,
    ]);
    await client.query(
      `WITH people AS (
         INSERT INTO app_user (email, display_name)
         SELECT 'certificate-bench-' || i || '@bench.example', 'Teilnehmerin ' || lpad(i::text, 4, '0') FROM generate_series(1, $2::int) AS i
         RETURNING id)
       INSERT INTO program_member (program_id, user_id, role) SELECT $1, id, 'mentee' FROM people`,
      [program.id, people],
    );
    for (const [i, title] of MODULES.entries()) {
      const {
        rows: [mod],
      } = await client.query(
        `INSERT INTO curriculum_module (program_id, title, position, status, published_at) VALUES ($1, $2, $3, 'published', now()) RETURNING id`,
        [program.id, title, i + 1],
      );
      const {
        rows: [lesson],
      } = await client.query(`INSERT INTO curriculum_lesson (module_id, title, position) VALUES ($1, 'Lektion', 1) RETURNING id`, [mod.id]);
      await client.query(
        `INSERT INTO lesson_completion (lesson_id, user_id) SELECT $1, user_id FROM program_member WHERE program_id = $2 AND role = 'mentee'`,
        [lesson.id, program.id],
      );
    }
    await client.query('COMMIT');
    return { programId: program.id, coordinator };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}

async function main() {
  const started = Date.now();
  const run = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const logs = path.join(ROOT, 'tmp', 'bench', run);
  const { databaseUrl, redis, redisPrefix } = await benchServices(cleanups, run, logs);
  const secret = randomBytes(32).toString('hex');
  const stack = await startStack({
    env: cleanEnv({ NODE_ENV: 'production', JWT_SECRET: secret, MAIL_DIR: path.join(logs, 'mail'), DATA_DIR: path.join(logs, 'data') }),
    databaseUrl,
    redisUrl: redis.url,
    redisPrefix,
    port: await freePort(),
    output: logs,
  });
  cleanups.add(stack.stop);
  const { programId, coordinator } = await seed(databaseUrl, COUNT);
  const token = jwt.sign({ sub: coordinator.id, email: coordinator.email, adm: false, sid: randomUUID() }, secret, {
    algorithm: 'HS256',
    issuer: 'ecampus',
    audience: 'ecampus',
    expiresIn: 3600,
  });
  const api = stack.url.replace('localhost', '127.0.0.1');
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

  const workerPid = childPid(DIST.worker);
  const rssBefore = rssMiB(workerPid);
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMiB(workerPid))), 200);
  const loadBefore = os.loadavg()[0];

  say(`${COUNT} certificates through the queue …`);
  const t0 = performance.now();
  const post = await fetch(`${api}/api/programs/${programId}/certificate-batches`, { method: 'POST', headers, body: '{}' });
  if (post.status !== 202) throw new StackError(`The batch was refused: ${post.status} ${await post.text()}`);
  const { id } = /** @type {{ id: string }} */ (await post.json());
  /** @type {{ status: string, total: number, completed: number, failed: number }} */
  let batch;
  for (;;) {
    batch = /** @type {{ status: string, total: number, completed: number, failed: number }} */ (
      await (await fetch(`${api}/api/certificate-batches/${id}`, { headers })).json()
    );
    if (batch.status === 'done') break;
    await sleep(100);
  }
  const queueSeconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  if (batch.completed !== COUNT)
    throw new StackError(`Only ${batch.completed} of ${COUNT} certificates were issued (${batch.failed} failed).`);
  const queuePerSecond = COUNT / queueSeconds;
  say(`queue: ${queuePerSecond.toFixed(1)} certificates/s`);

  say(`the same template ${COUNT} times in a loop in one process …`);
  const loop = JSON.parse(
    execFileSync(process.execPath, ['-r', '@swc-node/register', LOOP, String(COUNT)], {
      cwd: ROOT,
      env: { ...process.env, SWC_NODE_PROJECT: LOOP_TSCONFIG, NODE_OPTIONS: '' },
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    }),
  );
  const ratio = queuePerSecond / loop.perSecond;
  const results = {
    certificates: COUNT,
    queueSeconds,
    queuePerSecond,
    loop,
    ratio,
    workerRssBeforeMiB: rssBefore,
    workerRssPeakMiB: rssPeak,
    node: process.version,
    cpus: os.cpus().length,
    loadBefore,
  };
  writeFileSync(path.join(logs, 'results.json'), JSON.stringify(results, null, 2));
  const f1 = (/** @type {number} */ x) => x.toFixed(1);
  process.stdout.write(
    [
      '',
      `Node ${process.version}, ${os.cpus().length} cores, load average ${loadBefore.toFixed(2)} before the run`,
      `  through the queue (API batch → worker, concurrency 4, stored, marked, progress pushed): ${f1(queuePerSecond)} certificates/s (${COUNT} in ${f1(queueSeconds)} s)`,
      `  raw rendering of the same template in a loop, one process:                           ${f1(loop.perSecond)} certificates/s`,
      `  ratio queue / raw: ${ratio.toFixed(2)}×  (target ≥ ${TARGET_RATIO}× — ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'})`,
      `  worker RSS: ${f1(rssBefore)} MiB before, ${f1(rssPeak)} MiB at its peak`,
      `  logs and results: ${shown(logs)}/`,
      '',
    ].join('\n'),
  );
  say(`Done in ${Math.round((Date.now() - started) / 1000)} s.`);
}

main()
  .then(cleanups.run)
  .catch(async (err) => {
    console.error(err instanceof StackError ? `\n✖ ${err.message}\n` : err);
    await cleanups.run();
    process.exit(1);
  });
