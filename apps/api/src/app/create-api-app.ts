import type { AppConfig } from '@ecampus/api/platform/config';
import { createApiApplication, type ApiApplication } from '@ecampus/api/platform/http';
import { API_FEATURES } from './api-features';

/** The complete API application (initialised, not listening): the platform edge with every feature. */
export function createApiApp(config: AppConfig): Promise<ApiApplication> {
  return createApiApplication(config, API_FEATURES);
}
