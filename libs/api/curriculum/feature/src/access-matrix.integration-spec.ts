import { accessMatrix, createTestApi, type MatrixRoute } from '@ecampus/api/platform/testing';
import { pdfFile } from '@ecampus/api/platform/storage/testing';
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
  /** An assignment of the shared module (the mentor and the mentee are a tandem). */
  assignmentId: string;
  /** A fresh assignment in the shared module (so deleting or handing in leaves the shared one alone). */
  freshAssignment(): Promise<string>;
  /** A fresh assignment with the tandem's submission waiting for review; the submission's id. */
  freshSubmission(): Promise<string>;
  /** An assignment that takes files, and a file the mentee uploaded to it. */
  fileAssignmentId: string;
  submissionFileId: string;
  /** A PDF material of the shared module (downloads). */
  materialId: string;
  /** A fresh material in the shared module (so deleting leaves the shared one alone). */
  freshMaterial(): Promise<string>;
  /** A small real PDF to upload. */
  pdf: Buffer;
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
    // Staff get every mentor and mentee, participants themselves and their partner (progress.integration-spec.ts).
    name: 'GET /programs/:id/progress',
    method: 'get',
    prepare: async (w) => ({ url: `/api/programs/${w.programId}/progress` }),
    expected: row(200, 200, 200, 200, 200, 404, 404, 401),
  },
  {
    name: 'GET /programs/:id/progress?format=csv',
    method: 'get',
    prepare: async (w) => ({ url: `/api/programs/${w.programId}/progress?format=csv` }),
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
  {
    name: 'POST /modules/:id/materials (multipart)',
    method: 'post',
    prepare: async (w) => ({
      url: `/api/modules/${w.moduleId}/materials`,
      upload: { field: 'file', fileName: 'Handout.pdf', content: w.pdf },
    }),
    expected: STAFF_WRITE(201),
  },
  {
    name: 'GET /materials/:id/file',
    method: 'get',
    prepare: async (w) => ({ url: `/api/materials/${w.materialId}/file` }),
    expected: row(200, 200, 200, 200, 200, 404, 404, 401),
  },
  {
    name: 'DELETE /materials/:id',
    method: 'delete',
    prepare: async (w) => ({ url: `/api/materials/${await w.freshMaterial()}` }),
    expected: STAFF_WRITE(204),
  },
  {
    name: 'POST /modules/:id/assignments',
    method: 'post',
    prepare: async (w) => ({ url: `/api/modules/${w.moduleId}/assignments`, body: { title: 'Neue Aufgabe', instructions: 'Text' } }),
    expected: STAFF_WRITE(201),
  },
  {
    name: 'GET /assignments/:id',
    method: 'get',
    prepare: async (w) => ({ url: `/api/assignments/${w.assignmentId}` }),
    expected: row(200, 200, 200, 200, 200, 404, 404, 401),
  },
  {
    name: 'PATCH /assignments/:id',
    method: 'patch',
    prepare: async (w) => ({ url: `/api/assignments/${w.assignmentId}`, body: { instructions: `Stand ${Math.random()}` } }),
    expected: STAFF_WRITE(200),
  },
  {
    name: 'DELETE /assignments/:id (no submissions)',
    method: 'delete',
    prepare: async (w) => ({ url: `/api/assignments/${await w.freshAssignment()}` }),
    expected: STAFF_WRITE(204),
  },
  {
    name: 'POST /assignments/:id/submissions',
    method: 'post',
    prepare: async (w) => ({ url: `/api/assignments/${await w.freshAssignment()}/submissions`, body: { text: 'Unsere Abgabe' } }),
    // Handing in is the tandem's: staff who are not mentor or mentee get 403 not_a_participant.
    expected: row(403, 403, 403, 201, 201, 404, 404, 401),
  },
  {
    name: 'GET /assignments/:id/submissions',
    method: 'get',
    prepare: async (w) => ({ url: `/api/assignments/${w.assignmentId}/submissions` }),
    expected: row(200, 200, 200, 200, 200, 404, 404, 401),
  },
  {
    name: 'POST /submissions/:id/review',
    method: 'post',
    prepare: async (w) => ({ url: `/api/submissions/${await w.freshSubmission()}/review`, body: { decision: 'approved' } }),
    // The tandem's own partners know the submission but never review it (403).
    expected: row(201, 201, 201, 403, 403, 404, 404, 401),
  },
  {
    name: 'GET /programs/:id/review-queue',
    method: 'get',
    prepare: async (w) => ({ url: `/api/programs/${w.programId}/review-queue` }),
    expected: STAFF_WRITE(200),
  },
  {
    name: 'GET /me/review-counts',
    method: 'get',
    prepare: async () => ({ url: '/api/me/review-counts' }),
    expected: row(200, 200, 200, 200, 200, 200, 200, 401),
  },
  {
    name: 'POST /assignments/:id/files (multipart)',
    method: 'post',
    prepare: async (w) => ({
      url: `/api/assignments/${w.fileAssignmentId}/files`,
      upload: { field: 'file', fileName: 'Konzept.pdf', content: w.pdf },
    }),
    expected: row(403, 403, 403, 201, 201, 404, 404, 401),
  },
  {
    name: 'GET /submission-files/:id/file',
    method: 'get',
    prepare: async (w) => ({ url: `/api/submission-files/${w.submissionFileId}/file` }),
    expected: row(200, 200, 200, 200, 200, 404, 404, 401),
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
    await t.tandem(programId, p.mentor, p.mentee);
    const freshAssignment = () => t.assignment(p.trainer, shared.moduleId);
    const pdf = await pdfFile(2);
    const fileAssignmentId = await t.assignment(p.trainer, shared.moduleId, { submissionKind: 'files' });
    const freshMaterial = async () => {
      const res = await t
        .http()
        .post(`/api/modules/${shared.moduleId}/materials`)
        .set('Authorization', p.trainer.auth)
        .attach('file', pdf, 'Handout.pdf');
      if (res.status !== 201) throw new Error(`material: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.id as string;
    };
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
      assignmentId: await t.assignment(p.trainer, shared.moduleId),
      freshAssignment,
      async freshSubmission() {
        const res = await t
          .http()
          .post(`/api/assignments/${await freshAssignment()}/submissions`)
          .set('Authorization', p.mentee.auth)
          .send({ text: 'Unsere Abgabe' });
        if (res.status !== 201) throw new Error(`submission: ${res.status} ${JSON.stringify(res.body)}`);
        return res.body.id as string;
      },
      fileAssignmentId,
      submissionFileId: await (async () => {
        const res = await t
          .http()
          .post(`/api/assignments/${fileAssignmentId}/files`)
          .set('Authorization', p.mentee.auth)
          .attach('file', pdf, 'Konzept.pdf');
        if (res.status !== 201) throw new Error(`submission file: ${res.status} ${JSON.stringify(res.body)}`);
        return res.body.id as string;
      })(),
      materialId: await freshMaterial(),
      freshMaterial,
      pdf,
    };
  });

  afterAll(async () => {
    await t?.close();
  });

  const matrix = accessMatrix({ callers: WHO, routes: ROUTES, context: () => ({ api: t, world: w }) });

  it.each(matrix.cases)('%s as %s → %i', matrix.check);
});
