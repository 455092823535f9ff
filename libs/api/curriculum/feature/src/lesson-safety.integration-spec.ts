import { createTestApi } from '@ecampus/api/platform/testing';
import { LessonSchema } from '@ecampus/shared/contracts';
import { CurriculumModule } from './lib/curriculum.module';
import { XSS_PAYLOADS, notInert } from './testing/xss-payloads';
import { withCurriculumFixtures, type CurriculumTestApi, type TestPerson } from './testing/curriculum-fixtures';

/** Lesson bodies that try to run script come back inert; bad input is a 4xx and changes nothing (real PostgreSQL). */
describe('lesson safety and bad input (real PostgreSQL)', () => {
  let t: CurriculumTestApi;
  let trainer: TestPerson;
  let mentee: TestPerson;
  let programId: string;
  let moduleId: string;
  let lessonId: string;

  const UNKNOWN = '6d1f3c1e-1111-4222-8333-444455556666';
  const HUGE = 'x'.repeat(2 * 1024 * 1024);
  const LONG = 'ä'.repeat(50_001);

  const snapshot = async () =>
    t.db.dataSource.query(`
      SELECT (SELECT json_agg(m ORDER BY id) FROM curriculum_module m) AS modules,
             (SELECT json_agg(l ORDER BY id) FROM curriculum_lesson l) AS lessons,
             (SELECT json_agg(c ORDER BY lesson_id, user_id) FROM lesson_completion c) AS completions,
             (SELECT count(*)::int FROM module_revision) AS revisions`);

  beforeAll(async () => {
    t = withCurriculumFixtures(await createTestApi({ features: [CurriculumModule] }));
    trainer = await t.person('Tina Trainerin');
    mentee = await t.person('Erika Mentee');
    programId = await t.program([
      [trainer, 'trainer'],
      [mentee, 'mentee'],
    ]);
    moduleId = await t.module(trainer, programId, { title: 'Sicher im Netz' });
    lessonId = await t.lesson(trainer, moduleId);
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each(XSS_PAYLOADS.map((p) => [p]))('lesson body stays inert for every reader and in the preview: %s', async (payload) => {
    const created = await t
      .http()
      .post(`/api/modules/${moduleId}/lessons`)
      .set('Authorization', trainer.auth)
      .send({ title: 'XSS', body: payload, videoUrl: 'https://evil.example/x' });
    expect(created.status).toBe(201);
    for (const who of [trainer, mentee]) {
      const lesson = LessonSchema.parse(
        (await t.http().get(`/api/lessons/${created.body.id}`).set('Authorization', who.auth).expect(200)).body,
      );
      expect(notInert(lesson.html)).toBeNull();
      expect(lesson.video).toEqual({ kind: 'link', url: 'https://evil.example/x' });
      expect(lesson.body).toBe(who === trainer ? payload.trim() : '');
    }
    const preview = await t
      .http()
      .post(`/api/programs/${programId}/lesson-preview`)
      .set('Authorization', trainer.auth)
      .send({ body: payload });
    expect(preview.status).toBe(200);
    expect(notInert(preview.body.html)).toBeNull();
  });

  type Case = [name: string, method: 'get' | 'post' | 'patch' | 'put' | 'delete', url: () => string, body: unknown, status: number];
  const cases: Case[] = [
    ['non-uuid program id', 'get', () => '/api/programs/not-a-uuid/modules', undefined, 404],
    ['sql-ish program id', 'post', () => `/api/programs/1'%20OR%20'1'='1/modules`, { title: 'X' }, 404],
    ['unknown program', 'post', () => `/api/programs/${UNKNOWN}/modules`, { title: 'X' }, 404],
    ['non-uuid module id', 'get', () => '/api/modules/123', undefined, 404],
    ['non-uuid module id: patch', 'patch', () => '/api/modules/abc', { title: 'X' }, 404],
    ['unknown module: lessons', 'post', () => `/api/modules/${UNKNOWN}/lessons`, { title: 'X', body: '' }, 404],
    ['non-uuid lesson id', 'get', () => '/api/lessons/1', undefined, 404],
    ['unknown lesson: complete', 'post', () => `/api/lessons/${UNKNOWN}/complete`, undefined, 404],
    ['empty title', 'post', () => `/api/programs/${programId}/modules`, { title: '   ' }, 400],
    ['title too long', 'patch', () => `/api/modules/${moduleId}`, { title: 'x'.repeat(201) }, 400],
    ['summary too long', 'patch', () => `/api/modules/${moduleId}`, { summary: 'x'.repeat(2001) }, 400],
    ['too many goals', 'patch', () => `/api/modules/${moduleId}`, { learningGoals: Array(21).fill('Ziel') }, 400],
    ['goals not a list', 'patch', () => `/api/modules/${moduleId}`, { learningGoals: 'Ziel' }, 400],
    ['release date without zone', 'patch', () => `/api/modules/${moduleId}`, { releaseAt: '2027-05-01T10:00' }, 400],
    ['release date nonsense', 'patch', () => `/api/modules/${moduleId}`, { releaseAt: 'morgen' }, 400],
    ['non-uuid prerequisite', 'patch', () => `/api/modules/${moduleId}`, { prerequisiteModuleId: 'abc' }, 400],
    ['unknown prerequisite', 'patch', () => `/api/modules/${moduleId}`, { prerequisiteModuleId: UNKNOWN }, 422],
    ['order with non-uuid', 'put', () => `/api/programs/${programId}/modules/order`, { moduleIds: ['x'] }, 400],
    ['order not a list', 'put', () => `/api/programs/${programId}/modules/order`, { moduleIds: 'kein Array' }, 400],
    ['copy to non-uuid program', 'post', () => `/api/modules/${moduleId}/copy`, { programId: 'x' }, 400],
    ['copy to unknown program', 'post', () => `/api/modules/${moduleId}/copy`, { programId: UNKNOWN }, 404],
    ['lesson body too long', 'post', () => `/api/modules/${moduleId}/lessons`, { title: 'X', body: LONG }, 400],
    ['lesson body missing', 'post', () => `/api/modules/${moduleId}/lessons`, { title: 'X' }, 400],
    ['lesson minutes 0', 'patch', () => `/api/lessons/${lessonId}`, { estimatedMinutes: 0 }, 400],
    ['lesson minutes 601', 'patch', () => `/api/lessons/${lessonId}`, { estimatedMinutes: 601 }, 400],
    ['lesson minutes fraction', 'patch', () => `/api/lessons/${lessonId}`, { estimatedMinutes: 1.5 }, 400],
    ['lesson minutes as text', 'patch', () => `/api/lessons/${lessonId}`, { estimatedMinutes: '5' }, 400],
    ['video javascript:', 'patch', () => `/api/lessons/${lessonId}`, { videoUrl: 'javascript:alert(1)' }, 400],
    ['video data:', 'patch', () => `/api/lessons/${lessonId}`, { videoUrl: 'data:text/html,x' }, 400],
    ['video relative', 'patch', () => `/api/lessons/${lessonId}`, { videoUrl: '/video' }, 400],
    ['lesson order non-uuid', 'put', () => `/api/modules/${moduleId}/lessons/order`, { lessonIds: 'x' }, 400],
    ['preview too long', 'post', () => `/api/programs/${programId}/lesson-preview`, { body: LONG }, 400],
    ['2 MB title', 'post', () => `/api/programs/${programId}/modules`, { title: HUGE }, 413],
    ['2 MB lesson body', 'patch', () => `/api/lessons/${lessonId}`, { body: HUGE }, 413],
    ['NUL in module title', 'post', () => `/api/programs/${programId}/modules`, { title: 'A\u0000B' }, 400],
    ['NUL in learning goal', 'patch', () => `/api/modules/${moduleId}`, { learningGoals: ['Ziel\u0000'] }, 400],
    ['NUL in lesson body', 'patch', () => `/api/lessons/${lessonId}`, { body: 'Text\u0000' }, 400],
    ['NUL in preview', 'post', () => `/api/programs/${programId}/lesson-preview`, { body: '\u0000' }, 400],
    ['body is an array', 'post', () => `/api/programs/${programId}/modules`, [1, 2, 3], 400],
  ];

  it.each(cases)('%s', async (_name, method, url, body, status) => {
    const before = await snapshot();
    const req = t.http()[method](url()).set('Authorization', trainer.auth);
    const res = body === undefined ? await req : await req.send(body as object);
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ statusCode: status, code: expect.any(String), message: expect.any(String) });
    expect(await snapshot()).toEqual(before);
  });

  it('field messages name the field, in German by default', async () => {
    const res = await t.http().post(`/api/programs/${programId}/modules`).set('Authorization', trainer.auth).send({ title: '' });
    expect(res.status).toBe(400);
    expect(res.body.fields.title).toBe('Bitte einen Titel angeben');
  });
});
