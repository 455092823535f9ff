import type { AddressInfo } from 'node:net';
import type { ApiApplication } from '@ecampus/api/platform/http';
import { io, type Socket } from 'socket.io-client';
import { signAccessToken, type TestApi } from '@ecampus/api/platform/testing';
import type {
  ClientToServerEvents,
  LiveMediaInfo,
  LiveRoomState,
  ProgramRole,
  ServerToClientEvents,
  SocketAck,
} from '@ecampus/shared/contracts';

/*
 * Fixtures of the room specs: people, programs, sessions and materials are rows written with SQL
 * (this domain may not use identity's, programs' or curriculum's services); clients are real
 * socket.io-clients with the person's access token.
 */

export type LiveClient = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface RoomPerson {
  id: string;
  name: string;
  token: string;
  auth: string;
}

let counter = 0;

export function roomFixtures(api: TestApi) {
  const sql = (query: string, params: unknown[] = []) => api.db.dataSource.query(query, params);
  const clients: LiveClient[] = [];
  return {
    sql,
    async person(name: string): Promise<RoomPerson> {
      counter += 1;
      const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${counter}@room.test`;
      const [user] = await sql(`INSERT INTO app_user (email, display_name, is_admin) VALUES ($1, $2, false) RETURNING id`, [email, name]);
      const { token, auth } = await signAccessToken(api.app, { id: user.id, email, isAdmin: false });
      return { id: user.id, name, token, auth };
    },
    async program(members: [RoomPerson, ProgramRole][]): Promise<string> {
      const [row] = await sql(
        `INSERT INTO program (title, mode, starts_on, ends_on) VALUES ('Testprogramm', 'reverse', '2027-03-01', '2027-12-15') RETURNING id`,
      );
      for (const [member, role] of members)
        await sql(`INSERT INTO program_member (program_id, user_id, role) VALUES ($1, $2, $3)`, [row.id, member.id, role]);
      return row.id;
    },
    /** A session of the program, live unless told otherwise, starting now. */
    async session(programId: string, status: 'scheduled' | 'live' | 'ended' = 'live', startsAt = new Date()): Promise<string> {
      const [row] = await sql(
        `INSERT INTO live_session (program_id, title, starts_at, duration_minutes, status, started_at)
         VALUES ($1, 'Seminar', $2, 60, $3::varchar, CASE WHEN $3::varchar <> 'scheduled' THEN now() END) RETURNING id`,
        [programId, startsAt, status],
      );
      return row.id;
    },
    /** A module of the program (published unless draft) with one material of this kind. */
    async material(programId: string, opts: { draft?: boolean; kind?: string; pageCount?: number | null; fileName?: string } = {}) {
      const status = opts.draft ? 'draft' : 'published';
      const [mod] = await sql(
        `INSERT INTO curriculum_module (program_id, title, position, status, published_at)
         SELECT $1, 'Modul', COALESCE(max(position), 0) + 1, $2::varchar, CASE WHEN $2::varchar = 'published' THEN now() END FROM curriculum_module WHERE program_id = $1
         RETURNING id`,
        [programId, status],
      );
      const [mat] = await sql(
        `INSERT INTO curriculum_material (module_id, file_name, content_type, kind, size_bytes, page_count, storage_key, position)
         VALUES ($1, $2, 'application/pdf', $3, 1000, $4, 'materials/' || gen_random_uuid(), 1) RETURNING id`,
        [mod.id, opts.fileName ?? 'Folien.pdf', opts.kind ?? 'pdf', opts.pageCount === undefined ? 12 : opts.pageCount],
      );
      return { moduleId: mod.id as string, materialId: mat.id as string };
    },
    clients,
  };
}

export async function listenLive(app: ApiApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  return liveUrl((app.getHttpServer().address() as AddressInfo).port);
}

export const liveUrl = (port: number) => `http://127.0.0.1:${port}/live`;

/** A connected client of the person (resolves once connected; rejects with the refusal). */
export function connectLive(
  url: string,
  person: RoomPerson,
  clients: LiveClient[],
  opts: { locale?: string; reconnection?: boolean } = {},
): Promise<LiveClient> {
  const socket: LiveClient = io(url, {
    transports: ['websocket'],
    reconnection: opts.reconnection ?? false,
    forceNew: true,
    auth: { token: person.token, ...(opts.locale ? { locale: opts.locale } : {}) },
  });
  clients.push(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/** Joins the session and returns the room's state; a refusal fails the test with its error. */
export async function joinedSession(client: LiveClient, sessionId: string): Promise<LiveRoomState> {
  const answer = await client.timeout(5000).emitWithAck('session:join', { sessionId });
  if (!answer.ok) throw new Error(`join refused: ${JSON.stringify(answer.error)}`);
  return answer.state;
}

/** `media:info` for the client in the session (the room it is in); a refusal fails the test with its code. */
export async function mediaInfo(client: LiveClient, sessionId: string): Promise<LiveMediaInfo> {
  const answer = (await client.timeout(5000).emitWithAck('media:info', { sessionId })) as SocketAck<{ media: LiveMediaInfo }>;
  if (!answer.ok) throw new Error(`media:info refused: ${answer.error.code}`);
  return answer.media;
}

/**
 * Listens from now on for the next `event` the client receives that satisfies `match`; `within(ms)`
 * waits for it, the clock starting at that call. For an event the server sends in answer to a step
 * the test takes in between — a media publish, whose client side first gathers its ICE candidates —
 * so the bound is the server's, not the test client's.
 */
export function expectEvent<E extends keyof ServerToClientEvents>(
  client: LiveClient,
  event: E,
  match: (...args: Parameters<ServerToClientEvents[E]>) => boolean = () => true,
): { within(timeoutMs?: number): Promise<Parameters<ServerToClientEvents[E]>[0]> } {
  type Payload = Parameters<ServerToClientEvents[E]>[0];
  let received: { payload: Payload } | null = null;
  let wake: ((payload: Payload) => void) | null = null;
  const listener = (...args: Parameters<ServerToClientEvents[E]>) => {
    if (!match(...args)) return;
    client.off(event, listener as never);
    received = { payload: args[0] };
    wake?.(args[0]);
  };
  client.on(event, listener as never);
  return {
    within(timeoutMs = 5000) {
      if (received) return Promise.resolve(received.payload);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          client.off(event, listener as never);
          reject(new Error(`kein ${String(event)} innerhalb von ${timeoutMs} ms`));
        }, timeoutMs);
        wake = (payload) => {
          clearTimeout(timer);
          resolve(payload);
        };
      });
    },
  };
}

/** The next `event` the client receives that satisfies `match`, within `timeoutMs` from now. */
export function nextEvent<E extends keyof ServerToClientEvents>(
  client: LiveClient,
  event: E,
  match: (...args: Parameters<ServerToClientEvents[E]>) => boolean = () => true,
  timeoutMs = 5000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return expectEvent(client, event, match).within(timeoutMs);
}
