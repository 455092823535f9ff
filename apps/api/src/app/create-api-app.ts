import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@ecampus/api/platform/config';
import { createApiApplication } from '@ecampus/api/platform/http';
import { API_FEATURES } from './api-features';

/** The complete API application (initialised, not listening): the platform edge with every feature. */
export function createApiApp(config: AppConfig): Promise<NestExpressApplication> {
  return createApiApplication(config, API_FEATURES);
}
