import { accessMatrix, createTestApi, type MatrixRoute } from '@ecampus/api/platform/testing';
import { CurriculumModule } from './lib/curriculum.module';
import { withCurriculumFixtures, type CurriculumTestApi, type TestPerson } from './testing/curriculum-fixtures';

/**
 * Every curriculum route × every kind of caller → expected status (real API, real PostgreSQL).
 * 404 where the caller may not know the thing exists, 403 where it is known but not allowed.
 * The module asked about is published (a draft is 404 for participants: curriculum.integration-spec.ts).
 */
type Who = 'admin' | 'coordinator' | 'trainer' | 'mentor' | 'mentee' | 'otherProgram' | 'outsider' | 'anonymous';
const WHO: Who[] = ['admin', 'coordinator', 'trainer', 'mentor', 'mentee', 'otherProgram', 'outsider', 'anonymous'];

interface World {
  programId: string;
  otherProgramId: string;
  moduleId: string;
  lessonId: string;
  people: Record<Exclude<Who, 'anonymous'>, TestPerson>;
  /** A fresh published module with one lesson, in the program (so deleting or reordering leaves the shared world alone). */
  freshModule(opts?: { draft?: boolean }): Promise<{ moduleId: string; lessonId: string }>;
  /** Every module id of the program, in order. */
  moduleIds(): Promise<string[]>;
}

type Route = MatrixRoute<Who, World>;

//                       admin coord trainer mentor mentee otherP outsider anon
const row = (...s: number[]): Record<Who, number> => Object.fromEntries(WHO.map((w, i) => [w, s[i]])) as Record<Who, number>;
const STAFF_WRITE = (ok: number) => row(ok, ok, ok, 403, 403, 404, 404, 401);

const ROUTES: Route[] = [
  {
    name: 'GET /programs/:id/modules',
    method: 'get',
    prepare: async (w) => ({ url: `/api/programs/${w.programId}/modules` }),
    expected: row(200, 200, 200, 200, 200, 404, 404, 401),
  },
  {
    name: 'POST /programs/:id/modules',
    method: 'post',
    prepare: async (w) => ({ url: `/api/programs/${w.programId}/modules`, body: { title: 'Neues Modul' } }),
    expected: STAFF_WRITE(201),
  },
  {
    name: 'PUT /programs/:id/modules/order',
    method: 'put',
    prepare: async (w) => ({ url: `/api/programs/${w.programId}/modules/order`, body: { moduleIds: (await w.moduleIds()).reverse() } }),
    expected: STAFF_WRITE(200),
  },
  {
    name: 'POST /programs/:id/lesson-preview',
    method: 'post',
    prepare: async (w) => ({ url: `/api/programs/${w.programId}/lesson-preview`, body: { body: '# Vorschau' } }),
    expected: STAFF_WRITE(200),
  },
  {
    name: 'GET /modules/:id',
    method: 'get',
    prepare: async (w) => ({ url: `/api/modules/${w.moduleId}` }),
    expected: row(200, 200, 200, 200, 200, 404, 404, 401),
  },
  {
    name: 'PATCH /modules/:id',
    method: 'patch',
    prepare: async (w) => ({ url: `/api/modules/${w.moduleId}`, body: { summary: `Stand ${Math.random()}` } }),
    expected: STAFF_WRITE(200),
  },
  {
    name: 'POST /modules/:id/publish',
    method: 'post',
    prepare: async (w) => ({ url: `/api/modules/${(await w.freshModule({ draft: true })).moduleId}/publish` }),
    // Participants cannot see the draft: 404.
    expected: row(200, 200, 200, 404, 404, 404, 404, 401),
  },
  {
    name: 'POST /modules/:id/unpublish',
    method: 'post',
    prepare: async (w) => ({ url: `/api/modules/${(await w.freshModule()).moduleId}/unpublish` }),
    expected: STAFF_WRITE(200),
  },
  {
    name: 'DELETE /modules/:id (draft)',
    method: 'delete',
    prepare: async (w) => ({ url: `/api/modules/${(await w.freshModule({ draft: true })).moduleId}` }),
    expected: row(204, 204, 204, 404, 404, 404, 404, 401),
  },
  {
    name: 'DELETE /modules/:id (published)',
    method: 'delete',
    prepare: async (w) => ({ url: `/api/modules/${w.moduleId}` }),
    expected: STAFF_WRITE(422),
  },
  {
    name: 'POST /modules/:id/copy (into the other program)',
    method: 'post',
    prepare: async (w) => ({ url: `/api/modules/${w.moduleId}/copy`, body: { programId: w.otherProgramId } }),
    // Only the admin is staff in both programs; the coordinator and trainer are not members of the other one.
    expected: row(201, 404, 404, 403, 403, 404, 404, 401),
  },
  {
    name: 'POST /modules/:id/copy (same program)',
    method: 'post',
    prepare: async (w) => ({ url: `/api/modules/${w.moduleId}/copy`, body: { programId: w.programId } }),
    expected: STAFF_WRITE(201),
  },
  {
    name: 'GET /modules/:id/history',
    method: 'get',
    prepare: async (w) => ({ url: `/api/modules/${w.moduleId}/history` }),
    expected: STAFF_WRITE(200),
  },
  {
    name: 'POST /modules/:id/lessons',
    method: 'post',
    prepare: async (w) => ({ url: `/api/modules/${w.moduleId}/lessons`, body: { title: 'Neue Lektion', body: 'Text' } }),
    expected: STAFF_WRITE(201),
  },
  {
    name: 'PUT /modules/:id/lessons/order',
    method: 'put',
    prepare: async (w) => {
      const fresh = await w.freshModule();
      return { url: `/api/modules/${fresh.moduleId}/lessons/order`, body: { lessonIds: [fresh.lessonId] } };
    },
    expected: STAFF_WRITE(200),
  },
  {
    name: 'GET /lessons/:id',
    method: 'get',
    prepare: async (w) => ({ url: `/api/lessons/${w.lessonId}` }),
    expected: row(200, 200, 200, 200, 200, 404, 404, 401),
  },
  {
    name: 'PATCH /lessons/:id',
    method: 'patch',
    prepare: async (w) => ({ url: `/api/lessons/${w.lessonId}`, body: { estimatedMinutes: Math.floor(Math.random() * 600) + 1 } }),
    expected: STAFF_WRITE(200),
  },
  {
    name: 'DELETE /lessons/:id',
    method: 'delete',
    prepare: async (w) => ({ url: `/api/lessons/${(await w.freshModule()).lessonId}` }),
    expected: STAFF_WRITE(204),
  },
  {
    name: 'POST /lessons/:id/complete',
    method: 'post',
    prepare: async (w) => ({ url: `/api/lessons/${w.lessonId}/complete` }),
    expected: row(403, 403, 403, 204, 204, 404, 404, 401),
  },
  {
    name: 'DELETE /lessons/:id/complete',
    method: 'delete',
    prepare: async (w) => ({ url: `/api/lessons/${w.lessonId}/complete` }),
    expected: row(403, 403, 403, 204, 204, 404, 404, 401),
  },
];

describe('curriculum access matrix: route × role → status (real PostgreSQL)', () => {
  let t: CurriculumTestApi;
  let w: World;

  beforeAll(async () => {
    t = withCurriculumFixtures(await createTestApi({ features: [CurriculumModule] }));
    const p = {
      admin: await t.person('Ada Admin', { isAdmin: true }),
      coordinator: await t.person('Clara Koordination'),
      trainer: await t.person('Tina Trainerin'),
      mentor: await t.person('Mona Mentorin'),
      mentee: await t.person('Erika Mentee'),
      otherProgram: await t.person('Olga Anderswo'),
      outsider: await t.person('Otto Außen'),
    };
    const programId = await t.program([
      [p.coordinator, 'coordinator'],
      [p.trainer, 'trainer'],
      [p.mentor, 'mentor'],
      [p.mentee, 'mentee'],
    ]);
    const otherProgramId = await t.program([[p.otherProgram, 'coordinator']]);
    const freshModule: World['freshModule'] = async (opts) => {
      const moduleId = await t.module(p.trainer, programId, { title: 'Modul' }, opts);
      return { moduleId, lessonId: await t.lesson(p.trainer, moduleId) };
    };
    const shared = await freshModule();
    w = {
      programId,
      otherProgramId,
      ...shared,
      people: p,
      freshModule,
      async moduleIds() {
        const res = await t.http().get(`/api/programs/${programId}/modules`).set('Authorization', p.trainer.auth);
        return res.body.items.map((m: { id: string }) => m.id);
      },
    };
  });

  afterAll(async () => {
    await t?.close();
  });

  const matrix = accessMatrix({ callers: WHO, routes: ROUTES, context: () => ({ api: t, world: w }) });

  it.each(matrix.cases)('%s as %s → %i', matrix.check);
});
