/*
 * A real worker process for the issuing specs (kill -9, two workers at once): the production
 * worker builder with the certificates' job module, on the test run's database and Redis prefix
 * (JSON in CERTIFICATES_TEST_ENV). Prints `READY` once it takes jobs. Started with
 * `node -r @swc-node/register` by issuing-workers.integration-spec.ts.
 */
import { loadConfig } from '@ecampus/api/platform/config';
import { createWorkerApplication } from '@ecampus/api/platform/queue';
import { CertificateJobsModule } from '../lib/jobs/certificate-jobs.module';

async function main(): Promise<void> {
  const env = JSON.parse(process.env['CERTIFICATES_TEST_ENV'] ?? '{}') as Record<string, string>;
  const app = await createWorkerApplication(loadConfig(env), [CertificateJobsModule]);
  app.enableShutdownHooks(['SIGTERM']);
  process.stdout.write('READY\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
