import { Logger } from '@nestjs/common';
import { loadConfigOrExit } from '@ecampus/api/platform/config';
import { createWorkerApplication, WorkerStartupError } from '@ecampus/api/platform/queue';
import { WORKER_JOBS } from './worker-jobs';

/** Longest time a SIGTERM waits for in-flight jobs before the process gives up on them. */
const SHUTDOWN_GRACE_MS = 30_000;

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  let app;
  try {
    app = await createWorkerApplication(config, WORKER_JOBS);
  } catch (e) {
    if (e instanceof WorkerStartupError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  new Logger('Worker').log('Worker bereit: verarbeitet Jobs, Abgleich offener Aufträge läuft');
  // SIGTERM/SIGINT → WorkerDrain stops taking jobs and waits for running ones, then queues, Redis
  // and the database pool close (Nest shutdown hooks); the process then exits by itself.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      setTimeout(() => {
        process.stderr.write(`Worker: laufende Jobs nach ${SHUTDOWN_GRACE_MS / 1000} s nicht beendet, Abbruch\n`);
        process.exit(1);
      }, SHUTDOWN_GRACE_MS).unref();
    });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`Worker konnte nicht starten: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
