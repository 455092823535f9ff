import type { INestApplicationContext, ModuleMetadata } from '@nestjs/common';
import type { AppConfig } from '@ecampus/api/platform/config';
import { createWorkerApplication } from '@ecampus/api/platform/queue';
import type { TestDatabase } from './test-database';
import { testConfig, type TestEnv } from './test-config';
import { startOnServices } from './start-on-services';
import type { TestServices } from './test-services';

export interface TestWorkerOptions {
  /** The job modules (`XJobsModule`) this test exercises, as `apps/worker` passes all of them. */
  jobs: NonNullable<ModuleMetadata['imports']>;
  env?: TestEnv;
  /** The services of the test API (or another process) whose jobs this worker runs; default: fresh ones. */
  services?: TestServices;
}

export interface TestWorker {
  /** The real worker (same builder as production): processors and the outbox reconciler. */
  app: INestApplicationContext;
  config: AppConfig;
  services: TestServices;
  db: TestDatabase;
  /** Stops the worker; releases the services when it created them. */
  close(): Promise<void>;
}

export async function createTestWorker({ jobs, env = {}, services }: TestWorkerOptions): Promise<TestWorker> {
  const run = await startOnServices(
    services,
    async (s) => {
      const config = testConfig(s, env);
      return { config, app: await createWorkerApplication(config, jobs) };
    },
    ({ app }) => app.close(),
  );
  const { app, config } = run.started;
  return { app, config, services: run.services, db: run.services.db, close: run.close };
}
