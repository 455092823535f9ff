/*
 * A real API process for the room's SIGKILL spec: the platform with the live room, on the test
 * run's database and Redis prefix (given as JSON in LIVE_TEST_ENV), listening on a free port that it
 * prints as `LISTENING <port>`. Started with `node -r @swc-node/register` by room-failover.integration-spec.ts.
 */
import type { AddressInfo } from 'node:net';
import { loadConfig } from '@ecampus/api/platform/config';
import { createApiApplication } from '@ecampus/api/platform/http';
import { LiveRoomModule } from '../lib/room/live-room.module';

async function main(): Promise<void> {
  const env = JSON.parse(process.env['LIVE_TEST_ENV'] ?? '{}') as Record<string, string>;
  const app = await createApiApplication(loadConfig(env), [LiveRoomModule]);
  await app.listen(0, '127.0.0.1');
  process.stdout.write(`LISTENING ${(app.getHttpServer().address() as AddressInfo).port}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
