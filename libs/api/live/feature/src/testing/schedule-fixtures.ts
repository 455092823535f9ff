import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { QueueName, createRedisClient } from '@ecampus/api/platform/queue';
import { signAccessToken, type TestApi } from '@ecampus/api/platform/testing';
import type { LiveSession, ProgramRole } from '@ecampus/shared/contracts';

/*
 * Fixtures of the scheduling specs. People, programs, roles and modules are rows written with SQL
 * (this domain may not use programs', identity's or curriculum's services); sessions are made
 * through the API, as trainers make them.
 */

export interface TestPerson {
  id: string;
  email: string;
  /** `Authorization` header value. */
  auth: string;
}

export interface ScheduleFixtures {
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  person(name: string, opts?: { isAdmin?: boolean }): Promise<TestPerson>;
  program(members: [TestPerson, ProgramRole][], title?: string): Promise<string>;
  archive(programId: string, archived?: boolean): Promise<void>;
  module(programId: string, title?: string): Promise<string>;
  /** A session through the API (as `by`), starting `minutes` from now; fails loudly unless 201. */
  session(by: TestPerson, programId: string, body?: Partial<Record<string, unknown>> & { inMinutes?: number }): Promise<LiveSession>;
  /** The `live` queue of the process. */
  liveQueue(): Queue;
  /** `session:status` payloads written to the Socket.IO streams adapter for the session's room. */
  statusPushes(sessionId: string): Promise<{ rooms: string[]; payload: { sessionId: string; status: string } }[]>;
}

export type ScheduleTestApi = TestApi & ScheduleFixtures;

let counter = 0;
export const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);

export function withScheduleFixtures(api: TestApi): ScheduleTestApi {
  const sql = <T>(query: string, params: unknown[] = []): Promise<T[]> => api.db.dataSource.query(query, params);
  return {
    ...api,
    sql,
    async person(name, opts = {}) {
      counter += 1;
      const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${counter}@test.example`;
      const isAdmin = opts.isAdmin ?? false;
      const [user] = await sql<{ id: string }>(`INSERT INTO app_user (email, display_name, is_admin) VALUES ($1, $2, $3) RETURNING id`, [
        email,
        name,
        isAdmin,
      ]);
      const { auth } = await signAccessToken(api.app, { id: user.id, email, isAdmin });
      return { id: user.id, email, auth };
    },
    async program(members, title = 'Testprogramm') {
      const [row] = await sql<{ id: string }>(
        `INSERT INTO program (title, mode, starts_on, ends_on) VALUES ($1, 'reverse', '2027-03-01', '2027-12-15') RETURNING id`,
        [title],
      );
      for (const [member, role] of members)
        await sql(`INSERT INTO program_member (program_id, user_id, role) VALUES ($1, $2, $3)`, [row.id, member.id, role]);
      return row.id;
    },
    async archive(programId, archived = true) {
      await sql(`UPDATE program SET archived_at = CASE WHEN $2 THEN now() END WHERE id = $1`, [programId, archived]);
    },
    async module(programId, title = 'Modul') {
      counter += 1;
      const [row] = await sql<{ id: string }>(
        `INSERT INTO curriculum_module (program_id, title, position, status, published_at) VALUES ($1, $2, $3, 'published', now()) RETURNING id`,
        [programId, title, counter],
      );
      return row.id;
    },
    async session(by, programId, { inMinutes = 24 * 60 * 3, ...body } = {}) {
      const res = await api
        .http()
        .post(`/api/programs/${programId}/live-sessions`)
        .set('Authorization', by.auth)
        .send({ title: 'Live-Seminar', startsAt: minutesFromNow(inMinutes).toISOString(), durationMinutes: 60, ...body });
      if (res.status !== 201) throw new Error(`session: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body as LiveSession;
    },
    liveQueue() {
      return api.app.get<Queue>(getQueueToken(QueueName.Live), { strict: false });
    },
    async statusPushes(sessionId) {
      const redis = createRedisClient(api.config.REDIS_URL, { lazyConnect: false, enableOfflineQueue: true });
      try {
        const entries = await redis.xrange(`${api.config.REDIS_PREFIX}:socket.io`, '-', '+');
        return entries
          .map(([, fields]) => {
            const data = fields[fields.indexOf('data') + 1];
            let parsed: { packet?: { data?: unknown[] }; opts?: { rooms?: string[] } } = {};
            try {
              parsed = JSON.parse(data ?? '{}');
            } catch {
              // Another kind of adapter message (not a JSON broadcast): not ours.
            }
            const [event, payload] = parsed.packet?.data ?? [];
            return { event, rooms: parsed.opts?.rooms ?? [], payload: payload as { sessionId: string; status: string } };
          })
          .filter((e) => e.event === 'session:status' && e.payload?.sessionId === sessionId)
          .map(({ rooms, payload }) => ({ rooms, payload }));
      } finally {
        redis.disconnect();
      }
    },
  };
}
