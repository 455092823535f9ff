import { createTestApi } from '@ecampus/api/platform/testing';
import { ModuleDetailSchema, ModuleHistorySchema, ModuleListSchema, LessonSchema } from '@ecampus/shared/contracts';
import { CurriculumModule } from './lib/curriculum.module';
import { withCurriculumFixtures, type CurriculumTestApi, type TestPerson } from './testing/curriculum-fixtures';

/**
 * The rules of modules and lessons against the real API edge, real PostgreSQL and Redis: draft
 * invisibility, order, release dates and prerequisites, copy, history, completion and progress,
 * archived programs. Answers are parsed with the contracts' schemas.
 */
describe('curriculum modules and lessons (real PostgreSQL)', () => {
  let t: CurriculumTestApi;
  let trainer: TestPerson;
  let coordinator: TestPerson;
  let mentee: TestPerson;
  let mentor: TestPerson;

  beforeAll(async () => {
    t = withCurriculumFixtures(await createTestApi({ features: [CurriculumModule] }));
  });
  afterAll(async () => {
    await t?.close();
  });

  /** A fresh program with a trainer, a coordinator, a mentor and a mentee. */
  async function world(): Promise<string> {
    trainer = await t.person('Tina Trainerin');
    coordinator = await t.person('Clara Koordination');
    mentor = await t.person('Mona Mentorin');
    mentee = await t.person('Erika Mentee');
    return t.program([
      [trainer, 'trainer'],
      [coordinator, 'coordinator'],
      [mentor, 'mentor'],
      [mentee, 'mentee'],
    ]);
  }

  const get = (who: TestPerson, url: string) => t.http().get(url).set('Authorization', who.auth);
  const post = (who: TestPerson, url: string, body?: object) => t.http().post(url).set('Authorization', who.auth).send(body);
  const list = async (who: TestPerson, programId: string) =>
    ModuleListSchema.parse((await get(who, `/api/programs/${programId}/modules`).expect(200)).body);

  it('drafts are invisible to participants (404) and visible to staff', async () => {
    const programId = await world();
    const draft = await t.module(trainer, programId, { title: 'Entwurf' }, { draft: true });
    const lesson = await t.lesson(trainer, draft);

    expect((await list(coordinator, programId)).items.map((m) => m.title)).toEqual(['Entwurf']);
    expect(await list(mentee, programId)).toEqual({ items: [], total: 0 });
    await get(mentee, `/api/modules/${draft}`).expect(404);
    await get(mentor, `/api/lessons/${lesson}`).expect(404);
    await post(mentee, `/api/lessons/${lesson}/complete`).expect(404);
    const detail = ModuleDetailSchema.parse((await get(trainer, `/api/modules/${draft}`).expect(200)).body);
    expect(detail).toMatchObject({ status: 'draft', canEdit: true, materials: [], assignments: [], lessonCount: 1 });

    await post(trainer, `/api/modules/${draft}/publish`).expect(200);
    expect((await list(mentee, programId)).items).toEqual([expect.objectContaining({ id: draft, status: 'published', lock: null })]);
    const forMentee = ModuleDetailSchema.parse((await get(mentee, `/api/modules/${draft}`).expect(200)).body);
    expect(forMentee.canEdit).toBe(false);
    await post(trainer, `/api/modules/${draft}/unpublish`).expect(200);
    await get(mentee, `/api/modules/${draft}`).expect(404);
  });

  it('create appends to the order; reorder takes exactly the program’s modules (else 422 invalid_order)', async () => {
    const programId = await world();
    const a = await t.module(trainer, programId, { title: 'A' });
    const b = await t.module(coordinator, programId, { title: 'B' }, { draft: true });
    const created = await post(trainer, `/api/programs/${programId}/modules`, { title: '  C  ', learningGoals: ['Ziel'] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: 'C', status: 'draft', position: 3, learningGoals: ['Ziel'], lock: null });
    const c: string = created.body.id;

    const url = `/api/programs/${programId}/modules/order`;
    const put = (moduleIds: unknown) => t.http().put(url).set('Authorization', trainer.auth).send({ moduleIds });
    const reordered = await put([c, a, b]);
    expect(reordered.status).toBe(200);
    expect(ModuleListSchema.parse(reordered.body).items.map((m) => [m.title, m.position])).toEqual([
      ['C', 1],
      ['A', 2],
      ['B', 3],
    ]);
    for (const bad of [
      [c, a],
      [c, a, b, b],
      [c, a, a],
      [c, a, b, '6d1f3c1e-1111-4222-8333-444455556666'],
    ]) {
      const res = await put(bad);
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('invalid_order');
    }
    expect((await list(trainer, programId)).items.map((m) => m.title)).toEqual(['C', 'A', 'B']);
    // Participants see the published ones only, in the same order.
    expect((await list(mentee, programId)).items.map((m) => m.title)).toEqual(['A']);

    // Lessons too: appended, reordered, and refused unless each once.
    const l1 = await t.lesson(trainer, a, { title: 'Eins' });
    const l2 = await t.lesson(trainer, a, { title: 'Zwei' });
    const lessons = await t
      .http()
      .put(`/api/modules/${a}/lessons/order`)
      .set('Authorization', trainer.auth)
      .send({ lessonIds: [l2, l1] });
    expect(lessons.status).toBe(200);
    expect(lessons.body.items.map((l: { title: string; position: number }) => [l.title, l.position])).toEqual([
      ['Zwei', 1],
      ['Eins', 2],
    ]);
    const badLessons = await t
      .http()
      .put(`/api/modules/${a}/lessons/order`)
      .set('Authorization', trainer.auth)
      .send({ lessonIds: [l2] });
    expect(badLessons.status).toBe(422);
    expect(badLessons.body.code).toBe('invalid_order');
    const lesson = LessonSchema.parse((await get(mentee, `/api/lessons/${l2}`).expect(200)).body);
    expect(lesson).toMatchObject({ position: 1, previousLessonId: null, nextLessonId: l1, body: '' });
  });

  it('release dates and prerequisites lock modules for participants; completing the prerequisite unlocks the next', async () => {
    const programId = await world();
    const first = await t.module(trainer, programId, { title: 'Grundlagen' });
    const firstLessons = [await t.lesson(trainer, first), await t.lesson(trainer, first)];
    const second = await t.module(trainer, programId, { title: 'Aufbau', prerequisiteModuleId: first });
    const secondLesson = await t.lesson(trainer, second);
    const later = await t.module(trainer, programId, { title: 'Später', releaseAt: '2999-01-01T09:00:00+01:00' });
    const laterLesson = await t.lesson(trainer, later);

    const locks = async (who: TestPerson) => Object.fromEntries((await list(who, programId)).items.map((m) => [m.title, m.lock]));
    expect(await locks(mentee)).toEqual({
      Grundlagen: null,
      Aufbau: { releaseAt: null, prerequisite: { id: first, title: 'Grundlagen' } },
      Später: { releaseAt: '2999-01-01T08:00:00.000Z', prerequisite: null },
    });
    expect(Object.values(await locks(trainer))).toEqual([null, null, null]);

    for (const lessonId of [secondLesson, laterLesson]) {
      const refused = await get(mentee, `/api/lessons/${lessonId}`);
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('module_locked');
      expect((await post(mentee, `/api/lessons/${lessonId}/complete`)).body.code).toBe('module_locked');
    }
    await get(trainer, `/api/lessons/${secondLesson}`).expect(200);

    // Progress: one lesson of two, then both (idempotent), and the next module opens — for her only.
    await post(mentee, `/api/lessons/${firstLessons[0]}/complete`).expect(204);
    await post(mentee, `/api/lessons/${firstLessons[0]}/complete`).expect(204);
    let items = (await list(mentee, programId)).items;
    expect(items[0].progress).toEqual({
      lessonsCompleted: 1,
      lessonCount: 2,
      assignmentsApproved: 0,
      assignmentCount: 0,
      completed: false,
    });
    expect(items[1].lock).not.toBeNull();
    await post(mentee, `/api/lessons/${firstLessons[1]}/complete`).expect(204);
    items = (await list(mentee, programId)).items;
    expect(items[0].progress).toEqual({ lessonsCompleted: 2, lessonCount: 2, assignmentsApproved: 0, assignmentCount: 0, completed: true });
    expect(items[1].lock).toBeNull();
    expect(LessonSchema.parse((await get(mentee, `/api/lessons/${secondLesson}`).expect(200)).body).completedAt).toBeNull();
    expect((await list(mentor, programId)).items[1].lock).not.toBeNull();
    const detail = ModuleDetailSchema.parse((await get(mentee, `/api/modules/${first}`).expect(200)).body);
    expect(detail.lessons.map((l) => l.completed)).toEqual([true, true]);

    // Taking a completion back locks the next module again.
    await t.http().delete(`/api/lessons/${firstLessons[1]}/complete`).set('Authorization', mentee.auth).expect(204);
    expect((await list(mentee, programId)).items[1].lock?.prerequisite?.id).toBe(first);

    // Staff cannot complete lessons.
    const refused = await post(trainer, `/api/lessons/${firstLessons[0]}/complete`);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('not_a_participant');
  });

  it('refuses prerequisites that are the module itself, of another program, or make a cycle (422 invalid_prerequisite)', async () => {
    const programId = await world();
    const a = await t.module(trainer, programId, { title: 'A' });
    const b = await t.module(trainer, programId, { title: 'B', prerequisiteModuleId: a });
    const c = await t.module(trainer, programId, { title: 'C', prerequisiteModuleId: b });
    const otherProgram = await t.program([[trainer, 'trainer']]);
    const foreign = await t.module(trainer, otherProgram, { title: 'Fremd' });

    const patch = (id: string, prerequisiteModuleId: string | null) =>
      t.http().patch(`/api/modules/${id}`).set('Authorization', trainer.auth).send({ prerequisiteModuleId });
    for (const [id, pre] of [
      [a, a],
      [a, c],
      [a, b],
      [b, foreign],
    ]) {
      const res = await patch(id, pre);
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('invalid_prerequisite');
    }
    const create = await post(trainer, `/api/programs/${programId}/modules`, { title: 'D', prerequisiteModuleId: foreign });
    expect(create.status).toBe(422);
    expect((await patch(c, a)).status).toBe(200);
    expect((await patch(c, null)).body.prerequisiteModuleId).toBeNull();
  });

  it('copies a module with its lessons as a draft at the end of another program, for staff of both', async () => {
    const programId = await world();
    const first = await t.module(trainer, programId, { title: 'Grundlagen' });
    const source = await t.module(trainer, programId, {
      title: 'Die eigene Facebook-Seite',
      summary: 'Zusammenfassung',
      learningGoals: ['Seite anlegen'],
      releaseAt: '2027-05-01T10:00:00Z',
      prerequisiteModuleId: first,
    });
    await t.lesson(trainer, source, { title: 'Seite anlegen', body: '# Los', estimatedMinutes: 20 });
    await t.lesson(trainer, source, { title: 'Beiträge planen', videoUrl: 'https://youtu.be/dQw4w9WgXcQ' });
    const nextCohort = await t.program([[trainer, 'trainer']]);
    await t.module(trainer, nextCohort, { title: 'Schon da' });
    const mentorElsewhere = await t.program([[coordinator, 'mentor']]);

    const copied = await post(trainer, `/api/modules/${source}/copy`, { programId: nextCohort });
    expect(copied.status).toBe(201);
    const copy = ModuleDetailSchema.parse(copied.body);
    expect(copy).toMatchObject({
      programId: nextCohort,
      title: 'Die eigene Facebook-Seite',
      summary: 'Zusammenfassung',
      learningGoals: ['Seite anlegen'],
      status: 'draft',
      position: 2,
      releaseAt: null,
      prerequisiteModuleId: null,
      lessonCount: 2,
      estimatedMinutes: 20,
    });
    expect(copy.lessons.map((l) => l.title)).toEqual(['Seite anlegen', 'Beiträge planen']);
    expect(copy.id).not.toBe(source);
    const copiedLesson = LessonSchema.parse((await get(trainer, `/api/lessons/${copy.lessons[1].id}`).expect(200)).body);
    expect(copiedLesson.video).toMatchObject({ kind: 'embed', provider: 'youtube' });

    // Not staff in the target: 403 (a participant there) or 404 (not a member); a mentee cannot copy at all.
    expect((await post(coordinator, `/api/modules/${source}/copy`, { programId: mentorElsewhere })).status).toBe(403);
    expect((await post(coordinator, `/api/modules/${source}/copy`, { programId: nextCohort })).status).toBe(404);
    expect((await post(mentee, `/api/modules/${source}/copy`, { programId })).status).toBe(403);
    await t.archive(nextCohort);
    expect((await post(trainer, `/api/modules/${source}/copy`, { programId: nextCohort })).body.code).toBe('program_archived');
  });

  it('keeps a history of every change, newest first, long texts shortened (staff only)', async () => {
    const programId = await world();
    const moduleId = await t.module(trainer, programId, { title: 'Instagram' }, { draft: true });
    await t
      .http()
      .patch(`/api/modules/${moduleId}`)
      .set('Authorization', coordinator.auth)
      .send({ title: 'Instagram-Stories', summary: 'x'.repeat(1000) });
    const lessonId = await t.lesson(trainer, moduleId, { title: 'Story drehen' });
    await t.http().patch(`/api/lessons/${lessonId}`).set('Authorization', trainer.auth).send({ estimatedMinutes: 15 });
    await post(trainer, `/api/modules/${moduleId}/publish`).expect(200);
    await t.http().delete(`/api/lessons/${lessonId}`).set('Authorization', trainer.auth).expect(204);

    const history = ModuleHistorySchema.parse((await get(coordinator, `/api/modules/${moduleId}/history`).expect(200)).body);
    expect(history.items.map((h) => h.action)).toEqual([
      'lesson_deleted',
      'published',
      'lesson_updated',
      'lesson_created',
      'updated',
      'created',
    ]);
    const updated = history.items[4];
    expect(updated.actor).toEqual({ userId: coordinator.id, displayName: 'Clara Koordination' });
    expect(updated.changes['title']).toEqual({ from: 'Instagram', to: 'Instagram-Stories' });
    expect(String(updated.changes['summary'].to)).toHaveLength(201);
    expect(history.items[2]).toMatchObject({
      lesson: { id: lessonId, title: 'Story drehen' },
      changes: { estimatedMinutes: { from: null, to: 15 } },
    });
    expect((await get(mentee, `/api/modules/${moduleId}/history`)).status).toBe(403);
  });

  it('an archived program is read-only (422 program_archived), completing included; reading still works', async () => {
    const programId = await world();
    const moduleId = await t.module(trainer, programId, { title: 'Sicher im Netz' });
    const lessonId = await t.lesson(trainer, moduleId);
    const draft = await t.module(trainer, programId, { title: 'Entwurf' }, { draft: true });
    await t.archive(programId);

    const writes: [TestPerson, 'post' | 'patch' | 'put' | 'delete', string, object?][] = [
      [trainer, 'post', `/api/programs/${programId}/modules`, { title: 'Neu' }],
      [trainer, 'put', `/api/programs/${programId}/modules/order`, { moduleIds: [draft, moduleId] }],
      [trainer, 'patch', `/api/modules/${moduleId}`, { title: 'Neu' }],
      [trainer, 'post', `/api/modules/${moduleId}/unpublish`],
      [trainer, 'post', `/api/modules/${draft}/publish`],
      [trainer, 'delete', `/api/modules/${draft}`],
      [trainer, 'post', `/api/modules/${moduleId}/lessons`, { title: 'Neu', body: '' }],
      [trainer, 'put', `/api/modules/${moduleId}/lessons/order`, { lessonIds: [lessonId] }],
      [trainer, 'patch', `/api/lessons/${lessonId}`, { title: 'Neu' }],
      [trainer, 'delete', `/api/lessons/${lessonId}`],
      [mentee, 'post', `/api/lessons/${lessonId}/complete`],
      [mentee, 'delete', `/api/lessons/${lessonId}/complete`],
    ];
    for (const [who, method, url, body] of writes) {
      const res = await t.http()[method](url).set('Authorization', who.auth).send(body);
      expect([url, res.status, res.body.code]).toEqual([url, 422, 'program_archived']);
    }
    const detail = ModuleDetailSchema.parse((await get(trainer, `/api/modules/${moduleId}`).expect(200)).body);
    expect(detail).toMatchObject({ title: 'Sicher im Netz', canEdit: false, lessonCount: 1 });
    await get(mentee, `/api/lessons/${lessonId}`).expect(200);
  });

  it('deletes drafts only (422 module_published), and closes the gap in the order', async () => {
    const programId = await world();
    const published = await t.module(trainer, programId, { title: 'A' });
    const draft = await t.module(trainer, programId, { title: 'B' }, { draft: true });
    await t.module(trainer, programId, { title: 'C' });
    const refused = await t.http().delete(`/api/modules/${published}`).set('Authorization', trainer.auth);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('module_published');
    await t.http().delete(`/api/modules/${draft}`).set('Authorization', coordinator.auth).expect(204);
    expect((await list(trainer, programId)).items.map((m) => [m.title, m.position])).toEqual([
      ['A', 1],
      ['C', 2],
    ]);
    await get(trainer, `/api/modules/${draft}`).expect(404);
  });
});
