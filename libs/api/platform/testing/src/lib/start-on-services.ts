import { createTestServices, type TestServices } from './test-services';

/**
 * Starts a process (API, worker) on the given services, or on fresh ones it owns. `close()` of
 * the result stops the process and releases the services only when it owns them: with shared
 * services, close the other processes first and the owner last.
 */
export async function startOnServices<T>(
  given: TestServices | undefined,
  start: (services: TestServices) => Promise<T>,
  stop: (started: T) => Promise<void>,
): Promise<{ started: T; services: TestServices; close(): Promise<void> }> {
  const services = given ?? (await createTestServices());
  let started: T;
  try {
    started = await start(services);
  } catch (e) {
    if (!given) await services.release();
    throw e;
  }
  return {
    started,
    services,
    async close() {
      await stop(started);
      if (!given) await services.release();
    },
  };
}
