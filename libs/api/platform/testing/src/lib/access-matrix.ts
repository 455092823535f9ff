import assert from 'node:assert/strict';
import type { TestApi } from './test-api';

/** What the matrix needs of the API under test (a `TestApi`, or a domain's fixtures on top of one). */
export type MatrixApi = Pick<TestApi, 'http'>;

/** A file a matrix call uploads as `multipart/form-data` (instead of a JSON body). */
export interface MatrixUpload {
  field: string;
  fileName: string;
  content: Buffer;
}

/** One route of an access matrix: how to call it, and the status each caller must get. */
export interface MatrixRoute<Who extends string, World, Api extends MatrixApi = TestApi> {
  name: string;
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  /** Builds the URL and body (JSON, or a file to upload); may prepare fresh data so that every allowed call can succeed. */
  prepare(world: World, who: Who): Promise<{ url: string; body?: object; upload?: MatrixUpload }>;
  /** Undoes what the call (or `prepare`) changed, so the next caller sees the same world; runs after every call. */
  cleanup?(world: World, api: Api): Promise<void>;
  expected: Record<Who, number>;
}

/** One cell of the matrix, as `it.each` passes it: route name, caller, expected status, route. */
export type MatrixCase<Who extends string, World, Api extends MatrixApi = TestApi> = readonly [
  string,
  Who,
  number,
  MatrixRoute<Who, World, Api>,
];

/** What the matrix needs of the spec's world: the callers' tokens. A caller without an entry (anonymous) calls without one. */
export interface MatrixWorld<Who extends string> {
  people: Partial<Record<Who, { auth: string }>>;
}

export interface AccessMatrixOptions<Who extends string, World extends MatrixWorld<Who>, Api extends MatrixApi> {
  /** Every kind of caller, in the order the spec writes its expectations. */
  callers: readonly Who[];
  routes: readonly MatrixRoute<Who, World, Api>[];
  /** The API and world the spec's `beforeAll` built; asked when a case runs. */
  context(): { api: Api; world: World };
}

/**
 * The route × caller runner of an access-matrix spec; the matrix itself (who gets which status)
 * stays in the spec:
 *
 * ```ts
 * const matrix = accessMatrix({ callers: WHO, routes: ROUTES, context: () => ({ api: t, world: w }) });
 * it.each(matrix.cases)('%s as %s → %i', matrix.check);
 * ```
 *
 * `check` calls the route as the caller (with `world.people[who].auth`, none for a caller without
 * an entry) and asserts the status and, for 4xx/5xx, the error shape
 * `{ statusCode, code, message }`; then runs the route's `cleanup`, whatever happened.
 */
export function accessMatrix<Who extends string, World extends MatrixWorld<Who>, Api extends MatrixApi = TestApi>(
  options: AccessMatrixOptions<Who, World, Api>,
): { cases: MatrixCase<Who, World, Api>[]; check: (...cell: MatrixCase<Who, World, Api>) => Promise<void> } {
  const cases = options.routes.flatMap((r) => options.callers.map((who): MatrixCase<Who, World, Api> => [r.name, who, r.expected[who], r]));
  const check = async (name: string, who: Who, expected: number, route: MatrixRoute<Who, World, Api>): Promise<void> => {
    const { api, world } = options.context();
    const { url, body, upload } = await route.prepare(world, who);
    let req = api.http()[route.method](url);
    const caller = world.people[who];
    if (caller) req = req.set('Authorization', caller.auth);
    const res = upload ? await req.attach(upload.field, upload.content, upload.fileName) : body ? await req.send(body) : await req;
    try {
      const seen = `${name} as ${who}: ${res.status} ${JSON.stringify(res.body)}`;
      assert.equal(res.status, expected, `expected ${expected}, got ${seen}`);
      if (expected >= 400) {
        const error: { statusCode?: unknown; code?: unknown; message?: unknown } = res.body ?? {};
        assert.ok(
          error.statusCode === expected && typeof error.code === 'string' && typeof error.message === 'string',
          `expected the error shape { statusCode: ${expected}, code, message }, got ${seen}`,
        );
      }
    } finally {
      await route.cleanup?.(world, api);
    }
  };
  return { cases, check };
}
