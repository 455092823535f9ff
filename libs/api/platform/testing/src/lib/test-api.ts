import type { ModuleMetadata } from '@nestjs/common';
import request from 'supertest';
import type { AppConfig } from '@ecampus/api/platform/config';
import { createApiApplication, type ApiApplication } from '@ecampus/api/platform/http';
import type { TestDatabase } from './test-database';
import { testConfig, type TestEnv } from './test-config';
import { startOnServices } from './start-on-services';
import type { TestServices } from './test-services';

export interface TestApiOptions {
  /** The feature modules this test exercises, on top of the platform (as `apps/api` passes all of them). */
  features: NonNullable<ModuleMetadata['imports']>;
  /** Configuration values of this test, over `testConfig`'s. */
  env?: TestEnv;
  /** Another test process's services, to run a second process on them; default: fresh ones. */
  services?: TestServices;
}

export interface TestApi {
  /** The real API application (same builder as production), initialised, not listening. */
  app: ApiApplication;
  config: AppConfig;
  services: TestServices;
  db: TestDatabase;
  /** supertest on the app's HTTP server. */
  http(): ReturnType<typeof request>;
  /** Closes the app; releases the services when it created them (see `startOnServices`). */
  close(): Promise<void>;
}

/** The real API edge (`createApiApplication`) with the given features on a database and Redis prefix of its own. */
export async function createTestApi({ features, env = {}, services }: TestApiOptions): Promise<TestApi> {
  const run = await startOnServices(
    services,
    async (s) => {
      const config = testConfig(s, env);
      return { config, app: await createApiApplication(config, features) };
    },
    ({ app }) => app.close(),
  );
  const { app, config } = run.started;
  return {
    app,
    config,
    services: run.services,
    db: run.services.db,
    http: () => request(app.getHttpServer()),
    close: run.close,
  };
}
