import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { MailOutboxService } from '@ecampus/api/platform/mail';
import { elfExecutable, multipartBody, pdfFile } from '@ecampus/api/platform/storage/testing';
import { createTestApi } from '@ecampus/api/platform/testing';
import {
  AssignmentSchema,
  ModuleDetailSchema,
  ModuleHistorySchema,
  ModuleListSchema,
  ReviewCountsSchema,
  ReviewQueueSchema,
  SubmissionListSchema,
  StoredFileSchema,
  SubmissionSchema,
  type Submission,
} from '@ecampus/shared/contracts';
import { CurriculumModule } from './lib/curriculum.module';
import { REVIEW_MAIL_KIND } from './lib/review-mail';
import { withCurriculumFixtures, type CurriculumTestApi, type TestPerson } from './testing/curriculum-fixtures';
import { XSS_PAYLOADS, notInert } from './testing/xss-payloads';

/**
 * Assignments, the tandems' submissions and their review (decision 024) against the real API edge,
 * real PostgreSQL and Redis: visibility per tandem, versions, late marks, the review thread and its
 * mails, no self-review, the race of two partners, the review queue and counts, XSS in
 * instructions, bad input. Answers are parsed with the contracts' schemas.
 */
describe('assignments, submissions and reviews (real PostgreSQL)', () => {
  let t: CurriculumTestApi;

  beforeAll(async () => {
    t = withCurriculumFixtures(await createTestApi({ features: [CurriculumModule] }));
  });
  afterAll(async () => {
    await t?.close();
  });

  const PAST = '2020-01-01T12:00:00Z';
  const FUTURE = '2099-01-01T12:00:00Z';
  const UNKNOWN = '6d1f3c1e-1111-4222-8333-444455556666';

  const get = (who: TestPerson, url: string) => t.http().get(url).set('Authorization', who.auth);
  const post = (who: TestPerson, url: string, body?: object) => t.http().post(url).set('Authorization', who.auth).send(body);
  const patch = (who: TestPerson, url: string, body: object) => t.http().patch(url).set('Authorization', who.auth).send(body);
  const sql = (query: string, params: unknown[] = []) => t.db.dataSource.query(query, params);

  const submit = async (who: TestPerson, assignmentId: string, body: object = { text: 'Unsere Abgabe' }): Promise<Submission> => {
    const res = await post(who, `/api/assignments/${assignmentId}/submissions`, body);
    if (res.status !== 201) throw new Error(`submit: ${res.status} ${JSON.stringify(res.body)}`);
    return SubmissionSchema.parse(res.body);
  };
  const review = (who: TestPerson, submissionId: string, body: object) => post(who, `/api/submissions/${submissionId}/review`, body);
  const submissionsOf = async (who: TestPerson, assignmentId: string) =>
    SubmissionListSchema.parse((await get(who, `/api/assignments/${assignmentId}/submissions`).expect(200)).body);
  const emailOf = async (p: TestPerson): Promise<string> => (await sql(`SELECT email FROM app_user WHERE id = $1`, [p.id]))[0].email;

  const upload = (who: TestPerson, assignmentId: string, fileName: string, content: Buffer) => {
    const { contentType, body } = multipartBody(fileName, content);
    return t
      .http()
      .post(`/api/assignments/${assignmentId}/files`)
      .set('Authorization', who.auth)
      .set('Content-Type', contentType)
      .send(body);
  };
  const binary = (res: Response, done: (err: Error | null, body: Buffer) => void) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  };
  const download = (who: TestPerson, url: string) => t.http().get(url).set('Authorization', who.auth).buffer(true).parse(binary);
  /** The files handed in, as the local storage keeps them (`<DATA_DIR>/files/submissions`). */
  const storedFiles = async (): Promise<string[]> => {
    try {
      return (await readdir(join(t.config.DATA_DIR, 'files', 'submissions'))).sort();
    } catch {
      return [];
    }
  };

  interface World {
    programId: string;
    moduleId: string;
    assignmentId: string;
    trainer: TestPerson;
    coordinator: TestPerson;
    mentorA: TestPerson;
    menteeA: TestPerson;
    mentorB: TestPerson;
    menteeB: TestPerson;
    loneMentee: TestPerson;
    outsider: TestPerson;
    tandemA: string;
    tandemB: string;
  }

  /** A program with two tandems, a mentee without one, a published module and an assignment. */
  async function world(assignment: object = {}): Promise<World> {
    const p = {
      trainer: await t.person('Tina Trainerin'),
      coordinator: await t.person('Clara Koordination'),
      mentorA: await t.person('Mona Mentorin'),
      menteeA: await t.person('Erika Mentee'),
      mentorB: await t.person('Bernd Mentor'),
      menteeB: await t.person('Berta Mentee'),
      loneMentee: await t.person('Lena Allein'),
      outsider: await t.person('Otto Außen'),
    };
    const programId = await t.program([
      [p.trainer, 'trainer'],
      [p.coordinator, 'coordinator'],
      [p.mentorA, 'mentor'],
      [p.menteeA, 'mentee'],
      [p.mentorB, 'mentor'],
      [p.menteeB, 'mentee'],
      [p.loneMentee, 'mentee'],
    ]);
    const moduleId = await t.module(p.trainer, programId, { title: 'Die eigene Facebook-Seite' });
    const assignmentId = await t.assignment(p.trainer, moduleId, { title: 'Seite anlegen', ...assignment });
    return {
      programId,
      moduleId,
      assignmentId,
      ...p,
      tandemA: await t.tandem(programId, p.mentorA, p.menteeA),
      tandemB: await t.tandem(programId, p.mentorB, p.menteeB),
    };
  }

  it('creates, reads, edits and deletes assignments with history; instructions raw only for staff; drafts 404 for participants', async () => {
    const w = await world();
    const created = await post(w.trainer, `/api/modules/${w.moduleId}/assignments`, {
      title: '  Instagram-Story  ',
      instructions: '# Aufgabe\n\nDreht eine **Story** über euren Wahlkreis.',
      dueAt: FUTURE,
      submissionKind: 'links',
    });
    expect(created.status).toBe(201);
    const a = AssignmentSchema.parse(created.body);
    expect(a).toMatchObject({
      title: 'Instagram-Story',
      position: 2,
      submissionKind: 'links',
      dueAt: '2099-01-01T12:00:00.000Z',
      canEdit: true,
      canSubmit: false,
      myStatus: null,
      waitingForReview: 0,
      programId: w.programId,
      moduleTitle: 'Die eigene Facebook-Seite',
    });
    expect(a.instructions).toContain('**Story**');
    expect(a.instructionsHtml).toContain('<strong>Story</strong>');

    const forMentee = AssignmentSchema.parse((await get(w.menteeA, `/api/assignments/${a.id}`).expect(200)).body);
    expect(forMentee).toMatchObject({ instructions: '', canEdit: false, canSubmit: true, instructionsHtml: a.instructionsHtml });
    expect(AssignmentSchema.parse((await get(w.loneMentee, `/api/assignments/${a.id}`).expect(200)).body).canSubmit).toBe(false);
    expect((await get(w.outsider, `/api/assignments/${a.id}`)).status).toBe(404);

    const updated = await patch(w.coordinator, `/api/assignments/${a.id}`, { dueAt: null, submissionKind: 'text' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ dueAt: null, submissionKind: 'text', title: 'Instagram-Story' });
    await patch(w.coordinator, `/api/assignments/${a.id}`, { dueAt: null }).expect(200); // unchanged: no history entry
    expect((await patch(w.menteeA, `/api/assignments/${a.id}`, { title: 'X' })).status).toBe(403);

    await t.http().delete(`/api/assignments/${a.id}`).set('Authorization', w.trainer.auth).expect(204);
    await get(w.trainer, `/api/assignments/${a.id}`).expect(404);

    const history = ModuleHistorySchema.parse((await get(w.trainer, `/api/modules/${w.moduleId}/history`).expect(200)).body);
    expect(history.items.slice(0, 4).map((h) => [h.action, h.lesson?.title])).toEqual([
      ['assignment_deleted', 'Instagram-Story'],
      ['assignment_updated', 'Instagram-Story'],
      ['assignment_created', 'Instagram-Story'],
      ['assignment_created', 'Seite anlegen'],
    ]);
    expect(history.items[1].changes).toEqual({
      dueAt: { from: '2099-01-01T12:00:00.000Z', to: null },
      submissionKind: { from: 'links', to: 'text' },
    });

    // An assignment in a draft module: staff see it, participants get the 404 of an unknown one.
    await post(w.trainer, `/api/modules/${w.moduleId}/unpublish`).expect(200);
    await get(w.trainer, `/api/assignments/${w.assignmentId}`).expect(200);
    expect((await get(w.menteeA, `/api/assignments/${w.assignmentId}`)).status).toBe(404);
    expect((await post(w.menteeA, `/api/assignments/${w.assignmentId}/submissions`, { text: 'x' })).status).toBe(404);
  });

  it('a submission belongs to the tandem: the partner sees it, other tandems do not, strangers get 404', async () => {
    const w = await world();
    const mine = await submit(w.menteeA, w.assignmentId, { text: 'Unsere Seite', links: ['https://facebook.com/wahlkreis'] });
    expect(mine).toMatchObject({
      tandemId: w.tandemA,
      status: 'submitted',
      late: false,
      mentor: { userId: w.mentorA.id, displayName: 'Mona Mentorin' },
      mentee: { userId: w.menteeA.id, displayName: 'Erika Mentee' },
      canReview: false,
      reviews: [],
    });
    expect(mine.versions).toEqual([
      expect.objectContaining({
        number: 1,
        text: 'Unsere Seite',
        links: ['https://facebook.com/wahlkreis'],
        files: [],
        author: { userId: w.menteeA.id, displayName: 'Erika Mentee' },
      }),
    ]);

    const partner = await submissionsOf(w.mentorA, w.assignmentId);
    expect(partner.items.map((s) => s.id)).toEqual([mine.id]);
    expect(await submissionsOf(w.mentorB, w.assignmentId)).toEqual({ items: [], total: 0 });
    expect(await submissionsOf(w.loneMentee, w.assignmentId)).toEqual({ items: [], total: 0 });
    expect((await get(w.outsider, `/api/assignments/${w.assignmentId}/submissions`)).status).toBe(404);

    await submit(w.mentorB, w.assignmentId, { text: 'Unsere auch' });
    const staff = await submissionsOf(w.trainer, w.assignmentId);
    expect(staff.items.map((s) => [s.tandemId, s.canReview])).toEqual([
      [w.tandemA, true],
      [w.tandemB, true],
    ]);
    expect((await submissionsOf(w.menteeB, w.assignmentId)).items.map((s) => s.tandemId)).toEqual([w.tandemB]);

    // Other tandems' submissions are unknown to participants (404), their own ones are staff's to review (403).
    expect((await review(w.menteeB, mine.id, { decision: 'approved' })).status).toBe(404);
    expect((await review(w.mentorA, mine.id, { decision: 'approved' })).body).toMatchObject({ statusCode: 403, code: 'forbidden' });
    expect((await review(w.outsider, mine.id, { decision: 'approved' })).status).toBe(404);

    // Who may hand in: a mentee without a tandem 422, staff 403.
    const lone = await post(w.loneMentee, `/api/assignments/${w.assignmentId}/submissions`, { text: 'Ich' });
    expect(lone.body).toMatchObject({ statusCode: 422, code: 'no_tandem' });
    const staffSubmits = await post(w.trainer, `/api/assignments/${w.assignmentId}/submissions`, { text: 'Ich' });
    expect(staffSubmits.body).toMatchObject({ statusCode: 403, code: 'not_a_participant' });
    expect((await post(w.outsider, `/api/assignments/${w.assignmentId}/submissions`, { text: 'Ich' })).status).toBe(404);
  });

  it('review thread: changes requested → resubmit (version 2) → approved, which is final; every version and review kept', async () => {
    const w = await world();
    const v1 = await submit(w.menteeA, w.assignmentId, { text: 'Erster Entwurf' });

    const asked = await review(w.trainer, v1.id, { decision: 'changes_requested', feedback: '  Bitte ein Titelbild ergänzen.  ' });
    expect(asked.status).toBe(201);
    expect(SubmissionSchema.parse(asked.body)).toMatchObject({
      status: 'changes_requested',
      canReview: false,
      reviews: [
        {
          versionNumber: 1,
          decision: 'changes_requested',
          feedback: 'Bitte ein Titelbild ergänzen.',
          reviewer: { userId: w.trainer.id, displayName: 'Tina Trainerin' },
        },
      ],
    });
    const again = await review(w.coordinator, v1.id, { decision: 'approved' });
    expect(again.body).toMatchObject({ statusCode: 422, code: 'not_waiting_for_review' });
    expect((await review(w.trainer, v1.id, { decision: 'changes_requested' })).status).toBe(400); // feedback required

    const v2 = await submit(w.mentorA, w.assignmentId, { text: 'Mit Titelbild' });
    expect(v2).toMatchObject({ id: v1.id, status: 'submitted' });
    expect(v2.versions.map((v) => [v.number, v.text, v.author?.displayName])).toEqual([
      [1, 'Erster Entwurf', 'Erika Mentee'],
      [2, 'Mit Titelbild', 'Mona Mentorin'],
    ]);

    const approved = SubmissionSchema.parse((await review(w.coordinator, v1.id, { decision: 'approved' }).expect(201)).body);
    expect(approved.status).toBe('approved');
    expect(approved.reviews.map((r) => [r.versionNumber, r.decision, r.reviewer?.displayName])).toEqual([
      [1, 'changes_requested', 'Tina Trainerin'],
      [2, 'approved', 'Clara Koordination'],
    ]);

    const late = await post(w.menteeA, `/api/assignments/${w.assignmentId}/submissions`, { text: 'Noch etwas' });
    expect(late.body).toMatchObject({ statusCode: 422, code: 'submission_approved' });
    expect((await review(w.trainer, v1.id, { decision: 'changes_requested', feedback: 'Doch nicht' })).body.code).toBe(
      'not_waiting_for_review',
    );
    expect(await sql(`SELECT count(*)::int AS n FROM submission_version WHERE submission_id = $1`, [v1.id])).toEqual([{ n: 2 }]);

    // The approval completes the module for both partners (its only content is this assignment).
    for (const who of [w.menteeA, w.mentorA]) {
      const [m] = ModuleListSchema.parse((await get(who, `/api/programs/${w.programId}/modules`).expect(200)).body).items;
      expect(m.progress).toMatchObject({ assignmentsApproved: 1, assignmentCount: 1, completed: true });
    }
    const [other] = ModuleListSchema.parse((await get(w.menteeB, `/api/programs/${w.programId}/modules`).expect(200)).body).items;
    expect(other.progress).toMatchObject({ assignmentsApproved: 0, completed: false });
    // A delete now would lose the tandems' work.
    const del = await t.http().delete(`/api/assignments/${w.assignmentId}`).set('Authorization', w.trainer.auth);
    expect(del.body).toMatchObject({ statusCode: 422, code: 'assignment_has_submissions' });
    // So would deleting the module once it is a draft again.
    await post(w.trainer, `/api/modules/${w.moduleId}/unpublish`).expect(200);
    const delModule = await t.http().delete(`/api/modules/${w.moduleId}`).set('Authorization', w.trainer.auth);
    expect(delModule.body).toMatchObject({ statusCode: 422, code: 'assignment_has_submissions' });
  });

  it('late versions are marked, not refused; the mark stays when the due date changes later', async () => {
    const w = await world({ dueAt: PAST });
    const first = await submit(w.menteeA, w.assignmentId);
    expect(first.late).toBe(true);
    expect(first.versions[0].late).toBe(true);

    await patch(w.trainer, `/api/assignments/${w.assignmentId}`, { dueAt: FUTURE }).expect(200);
    const second = await submit(w.menteeA, w.assignmentId, { text: 'Zweite Fassung' });
    expect(second.versions.map((v) => v.late)).toEqual([true, false]);
    expect(second.late).toBe(false);

    const onTime = await world({ dueAt: FUTURE });
    expect((await submit(onTime.mentorB, onTime.assignmentId)).late).toBe(false);
  });

  it('nobody reviews her own tandem: a coordinator who is also a mentor sees it marked in the queue, not counted', async () => {
    const w = await world();
    const mentee = await t.person('Nele Neu');
    await t.addRole(w.programId, w.coordinator, 'mentor');
    await t.addRole(w.programId, mentee, 'mentee');
    await t.tandem(w.programId, w.coordinator, mentee);

    const own = await submit(mentee, w.assignmentId, { text: 'Von Neles Tandem' });
    const denied = await review(w.coordinator, own.id, { decision: 'approved' });
    expect(denied.body).toMatchObject({ statusCode: 403, code: 'own_tandem' });
    const list = await submissionsOf(w.coordinator, w.assignmentId);
    expect(list.items.find((s) => s.id === own.id)?.canReview).toBe(false);

    const other = await submit(w.menteeA, w.assignmentId);
    expect((await submissionsOf(w.coordinator, w.assignmentId)).items.find((s) => s.id === other.id)?.canReview).toBe(true);
    const queue = ReviewQueueSchema.parse((await get(w.coordinator, `/api/programs/${w.programId}/review-queue`).expect(200)).body);
    expect(queue.items.map((i) => [i.submissionId, i.ownTandem])).toEqual([
      [own.id, true],
      [other.id, false],
    ]);
    const counts = ReviewCountsSchema.parse((await get(w.coordinator, '/api/me/review-counts').expect(200)).body);
    expect(counts.programs.find((p) => p.programId === w.programId)).toEqual({ programId: w.programId, waiting: 1 });
    const forTrainer = ReviewCountsSchema.parse((await get(w.trainer, '/api/me/review-counts').expect(200)).body);
    expect(forTrainer).toEqual({ total: 2, programs: [{ programId: w.programId, waiting: 2 }] });

    // Her own tandem's submission is someone else's to review; she can still hand in for it (she is its mentor).
    await review(w.trainer, own.id, { decision: 'approved' }).expect(201);
    const detail = ModuleDetailSchema.parse((await get(w.coordinator, `/api/modules/${w.moduleId}`).expect(200)).body);
    expect(detail.assignments).toEqual([expect.objectContaining({ id: w.assignmentId, myStatus: 'approved', waitingForReview: 1 })]);
  });

  it('two partners handing in at the same moment make one submission with two versions', async () => {
    const w = await world();
    const [a, b] = await Promise.all([
      post(w.menteeA, `/api/assignments/${w.assignmentId}/submissions`, { text: 'Von Erika' }),
      post(w.mentorA, `/api/assignments/${w.assignmentId}/submissions`, { text: 'Von Mona' }),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).toBe(b.body.id);
    expect(await sql(`SELECT count(*)::int AS n FROM submission WHERE assignment_id = $1`, [w.assignmentId])).toEqual([{ n: 1 }]);
    const [only] = (await submissionsOf(w.trainer, w.assignmentId)).items;
    expect(only.versions.map((v) => v.number)).toEqual([1, 2]);
    expect(only.versions.map((v) => v.text).sort()).toEqual(['Von Erika', 'Von Mona']);
  });

  it('a review mails both partners through the outbox, with decision, feedback and the link to the assignment page', async () => {
    const w = await world();
    const s = await submit(w.menteeA, w.assignmentId);
    await review(w.trainer, s.id, { decision: 'changes_requested', feedback: 'Bitte die Kontaktadresse ergänzen.' }).expect(201);

    const outbox = t.app.get(MailOutboxService);
    const link = `http://localhost:3000/programme/${w.programId}/module/${w.moduleId}/aufgaben/${w.assignmentId}`;
    for (const who of [w.menteeA, w.mentorA]) {
      const mails = await outbox.findOutboxMail({ to: await emailOf(who), kind: REVIEW_MAIL_KIND });
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toBe('Aufgabe „Seite anlegen“: bitte überarbeiten');
      expect(mails[0].text).toContain('Bitte die Kontaktadresse ergänzen.');
      expect(mails[0].text).toContain('Tina Trainerin');
      expect(mails[0].text).toContain(link);
    }
    for (const who of [w.menteeB, w.mentorB, w.trainer])
      expect(await outbox.findOutboxMail({ to: await emailOf(who), kind: REVIEW_MAIL_KIND })).toEqual([]);

    await submit(w.mentorA, w.assignmentId, { text: 'Ergänzt' });
    await review(w.trainer, s.id, { decision: 'approved' }).expect(201);
    const latest = await outbox.findOutboxMail({ to: await emailOf(w.mentorA), kind: REVIEW_MAIL_KIND });
    expect(latest.map((m) => m.subject)).toEqual(['Aufgabe „Seite anlegen“ angenommen', 'Aufgabe „Seite anlegen“: bitte überarbeiten']);

    // A refused review writes no mail.
    await review(w.trainer, s.id, { decision: 'approved' }).expect(422);
    expect(await outbox.findOutboxMail({ to: await emailOf(w.mentorA), kind: REVIEW_MAIL_KIND })).toHaveLength(2);
  });

  it('review queue: waiting submissions of the program, oldest hand-in first; counts per program; staff only', async () => {
    const w = await world();
    const second = await t.assignment(w.trainer, w.moduleId, { title: 'Beitrag planen', dueAt: PAST });
    const a1 = await submit(w.menteeA, w.assignmentId);
    const b1 = await submit(w.menteeB, w.assignmentId);
    const a2 = await submit(w.mentorA, second);
    await review(w.trainer, a1.id, { decision: 'changes_requested', feedback: 'Mehr Details' }).expect(201);
    // The queue is empty of a1 until the tandem resubmits; then it waits behind the others.
    await submit(w.menteeA, w.assignmentId, { text: 'Mehr Details' });

    const queue = ReviewQueueSchema.parse((await get(w.trainer, `/api/programs/${w.programId}/review-queue`).expect(200)).body);
    expect(queue.items.map((i) => [i.submissionId, i.assignmentTitle, i.versionNumber, i.late, i.ownTandem])).toEqual([
      [b1.id, 'Seite anlegen', 1, false, false],
      [a2.id, 'Beitrag planen', 1, true, false],
      [a1.id, 'Seite anlegen', 2, false, false],
    ]);
    expect(queue.items[0]).toMatchObject({
      moduleId: w.moduleId,
      moduleTitle: 'Die eigene Facebook-Seite',
      tandemId: w.tandemB,
      mentor: { userId: w.mentorB.id, displayName: 'Bernd Mentor' },
      mentee: { userId: w.menteeB.id, displayName: 'Berta Mentee' },
    });
    const times = queue.items.map((i) => i.submittedAt);
    expect([...times].sort()).toEqual(times);

    expect(ReviewCountsSchema.parse((await get(w.trainer, '/api/me/review-counts').expect(200)).body)).toEqual({
      total: 3,
      programs: [{ programId: w.programId, waiting: 3 }],
    });
    expect((await get(w.menteeA, '/api/me/review-counts').expect(200)).body).toEqual({ total: 0, programs: [] });
    expect((await get(w.menteeA, `/api/programs/${w.programId}/review-queue`)).status).toBe(403);
    expect((await get(w.outsider, `/api/programs/${w.programId}/review-queue`)).status).toBe(404);

    // The module detail: her tandem's status for participants, waiting reviews for staff (both from one query).
    const forStaff = ModuleDetailSchema.parse((await get(w.trainer, `/api/modules/${w.moduleId}`).expect(200)).body);
    expect(forStaff.assignments.map((a) => [a.title, a.myStatus, a.waitingForReview, a.position])).toEqual([
      ['Seite anlegen', null, 2, 1],
      ['Beitrag planen', null, 1, 2],
    ]);
    const forMentee = ModuleDetailSchema.parse((await get(w.menteeA, `/api/modules/${w.moduleId}`).expect(200)).body);
    expect(forMentee.assignments.map((a) => [a.title, a.myStatus, a.waitingForReview])).toEqual([
      ['Seite anlegen', 'submitted', 0],
      ['Beitrag planen', 'submitted', 0],
    ]);
    const forLone = ModuleDetailSchema.parse((await get(w.loneMentee, `/api/modules/${w.moduleId}`).expect(200)).body);
    expect(forLone.assignments.map((a) => a.myStatus)).toEqual([null, null]);

    // Archived programs are read-only and leave the counts.
    await t.archive(w.programId);
    expect((await review(w.trainer, b1.id, { decision: 'approved' })).body).toMatchObject({ statusCode: 422, code: 'program_archived' });
    expect((await post(w.menteeB, `/api/assignments/${second}/submissions`, { text: 'x' })).body.code).toBe('program_archived');
    expect((await get(w.trainer, '/api/me/review-counts').expect(200)).body).toEqual({ total: 0, programs: [] });
    expect((await submissionsOf(w.trainer, w.assignmentId)).items.every((s) => !s.canReview)).toBe(true);
  });

  it('a locked module: participants get 403 module_locked for its assignments and see none in the detail; staff are never locked', async () => {
    const w = await world();
    const later = await t.module(w.trainer, w.programId, { title: 'Später', releaseAt: FUTURE });
    const assignmentId = await t.assignment(w.trainer, later, { title: 'Noch nicht' });
    for (const url of [`/api/assignments/${assignmentId}`, `/api/assignments/${assignmentId}/submissions`])
      expect((await get(w.menteeA, url)).body).toMatchObject({ statusCode: 403, code: 'module_locked' });
    const res = await post(w.menteeA, `/api/assignments/${assignmentId}/submissions`, { text: 'x' });
    expect(res.body).toMatchObject({ statusCode: 403, code: 'module_locked' });
    expect(ModuleDetailSchema.parse((await get(w.menteeA, `/api/modules/${later}`).expect(200)).body).assignments).toEqual([]);
    expect(ModuleDetailSchema.parse((await get(w.trainer, `/api/modules/${later}`).expect(200)).body).assignments).toHaveLength(1);
    await get(w.trainer, `/api/assignments/${assignmentId}`).expect(200);
  });

  it('copying a module takes its assignments along (without due dates), not the submissions', async () => {
    const w = await world({ dueAt: FUTURE, submissionKind: 'links' });
    await submit(w.menteeA, w.assignmentId, { links: ['https://example.org/seite'] });
    const copy = ModuleDetailSchema.parse(
      (await post(w.trainer, `/api/modules/${w.moduleId}/copy`, { programId: w.programId }).expect(201)).body,
    );
    expect(copy.assignments).toEqual([
      expect.objectContaining({ title: 'Seite anlegen', dueAt: null, submissionKind: 'links', waitingForReview: 0, position: 1 }),
    ]);
  });

  it('files: a partner uploads, the tandem hands them in; staff and both partners download; nobody else', async () => {
    const w = await world({ submissionKind: 'files' });
    const pdf = await pdfFile(2);
    const up = await upload(w.menteeA, w.assignmentId, 'Konzept Wahlkreis.pdf', pdf);
    expect(up.status).toBe(201);
    const file = StoredFileSchema.parse(up.body);
    expect(file).toMatchObject({ fileName: 'Konzept Wahlkreis.pdf', kind: 'pdf', pageCount: 2, sizeBytes: pdf.length });
    expect(file.downloadUrl).toBe(`/api/submission-files/${file.id}/file`);
    const [row] = await sql(`SELECT storage_key, tandem_id FROM submission_file WHERE id = $1`, [file.id]);
    expect(row.storage_key).toMatch(/^submissions\/[0-9a-f-]{36}$/);
    expect(row.tandem_id).toBe(w.tandemA);
    expect(await storedFiles()).toEqual([row.storage_key.split('/')[1]]);

    // Another tandem cannot hand in tandem A's file.
    const foreign = await post(w.menteeB, `/api/assignments/${w.assignmentId}/submissions`, { fileIds: [file.id] });
    expect(foreign.body).toMatchObject({ statusCode: 422, code: 'empty_submission' });
    expect(await sql(`SELECT count(*)::int AS n FROM submission WHERE assignment_id = $1`, [w.assignmentId])).toEqual([{ n: 0 }]);

    const handedIn = await submit(w.mentorA, w.assignmentId, { text: 'Unser Konzept', fileIds: [file.id.toUpperCase()] });
    expect(handedIn.versions[0].files).toEqual([file]);

    for (const who of [w.menteeA, w.mentorA, w.trainer, w.coordinator]) {
      const res = await download(who, file.downloadUrl);
      expect(res.status).toBe(200);
      expect(Buffer.compare(res.body as Buffer, pdf)).toBe(0);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toContain('attachment;');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
    for (const who of [w.menteeB, w.loneMentee, w.outsider]) expect((await download(who, file.downloadUrl)).status).toBe(404);
    expect((await download(w.trainer, `/api/submission-files/${UNKNOWN}/file`)).status).toBe(404);
    expect((await download(w.trainer, '/api/submission-files/x/file')).status).toBe(404);

    // The next version keeps the file without uploading it again.
    await review(w.trainer, handedIn.id, { decision: 'changes_requested', feedback: 'Bitte mit Zeitplan' }).expect(201);
    const second = await upload(w.mentorA, w.assignmentId, 'Zeitplan.pdf', await pdfFile(1));
    const v2 = await submit(w.menteeA, w.assignmentId, { fileIds: [file.id, second.body.id] });
    expect(v2.versions.map((v) => v.files.map((f) => f.fileName))).toEqual([
      ['Konzept Wahlkreis.pdf'],
      ['Konzept Wahlkreis.pdf', 'Zeitplan.pdf'],
    ]);

    // Approved is final: no more uploads (refused before the body is stored).
    await review(w.trainer, handedIn.id, { decision: 'approved' }).expect(201);
    const stored = await storedFiles();
    const late = await upload(w.menteeA, w.assignmentId, 'Nachtrag.pdf', pdf);
    expect(late.body).toMatchObject({ statusCode: 422, code: 'submission_approved' });
    expect(await storedFiles()).toEqual(stored);
  });

  it('refused uploads store nothing: wrong kind of assignment, staff, no tandem, a renamed executable, a locked module', async () => {
    const w = await world({ submissionKind: 'files' });
    const textAssignment = await t.assignment(w.trainer, w.moduleId, { title: 'Nur Text' });
    const later = await t.module(w.trainer, w.programId, { title: 'Später', releaseAt: FUTURE });
    const lockedAssignment = await t.assignment(w.trainer, later, { submissionKind: 'files' });
    const pdf = await pdfFile(1);
    const cases: [TestPerson, string, string, Buffer, number, string][] = [
      [w.menteeA, textAssignment, 'a.pdf', pdf, 422, 'files_not_accepted'],
      [w.trainer, w.assignmentId, 'a.pdf', pdf, 403, 'not_a_participant'],
      [w.loneMentee, w.assignmentId, 'a.pdf', pdf, 422, 'no_tandem'],
      [w.outsider, w.assignmentId, 'a.pdf', pdf, 404, 'not_found'],
      [w.menteeA, lockedAssignment, 'a.pdf', pdf, 403, 'module_locked'],
      [w.menteeA, w.assignmentId, 'programm.pdf', elfExecutable(), 422, 'unsupported_file_type'],
      [w.menteeA, w.assignmentId, '../../etc/passwd.pdf', pdf, 422, 'invalid_file_name'],
      [w.menteeA, UNKNOWN, 'a.pdf', pdf, 404, 'not_found'],
    ];
    const before = await storedFiles();
    for (const [who, assignmentId, name, content, status, code] of cases) {
      const res = await upload(who, assignmentId, name, content);
      expect([name, res.status, res.body.code]).toEqual([name, status, code]);
    }
    expect(await storedFiles()).toEqual(before);
    expect(
      await sql(`SELECT count(*)::int AS n FROM submission_file f JOIN tandem t ON t.id = f.tandem_id WHERE t.program_id = $1`, [
        w.programId,
      ]),
    ).toEqual([{ n: 0 }]);
    const tooMany = await post(w.menteeA, `/api/assignments/${textAssignment}/submissions`, { text: 'x', fileIds: [UNKNOWN] });
    expect(tooMany.body.code).toBe('files_not_accepted');
  });

  it('deleting an assignment without hand-ins removes the files uploaded to it', async () => {
    const w = await world({ submissionKind: 'files' });
    const before = await storedFiles();
    const up = await upload(w.menteeA, w.assignmentId, 'Entwurf.pdf', await pdfFile(1));
    expect(up.status).toBe(201);
    expect((await storedFiles()).length).toBe(before.length + 1);
    await t.http().delete(`/api/assignments/${w.assignmentId}`).set('Authorization', w.trainer.auth).expect(204);
    expect(await storedFiles()).toEqual(before);
    expect(await sql(`SELECT count(*)::int AS n FROM submission_file WHERE id = $1`, [up.body.id])).toEqual([{ n: 0 }]);
  });

  describe('instructions that try to run script stay inert (the lessons’ payload table)', () => {
    let w: World;
    beforeAll(async () => {
      w = await world();
    });

    it.each(XSS_PAYLOADS.map((p) => [p]))('%s', async (payload) => {
      const created = await post(w.trainer, `/api/modules/${w.moduleId}/assignments`, { title: 'XSS', instructions: payload });
      expect(created.status).toBe(201);
      for (const who of [w.trainer, w.menteeA]) {
        const a = AssignmentSchema.parse((await get(who, `/api/assignments/${created.body.id}`).expect(200)).body);
        expect(notInert(a.instructionsHtml)).toBeNull();
        expect(a.instructions).toBe(who === w.trainer ? payload.trim() : '');
      }
    });

    it('the table has at least 30 payloads', () => expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(30));
  });

  describe('bad input is a 4xx and stores nothing', () => {
    let w: World;
    let submissionId: string;
    const LONG = 'ä'.repeat(20_001);

    const snapshot = async () =>
      sql(`
        SELECT (SELECT json_agg(a ORDER BY id) FROM curriculum_assignment a) AS assignments,
               (SELECT json_agg(s ORDER BY id) FROM submission s) AS submissions,
               (SELECT count(*)::int FROM submission_version) AS versions,
               (SELECT count(*)::int FROM submission_version_file) AS version_files,
               (SELECT count(*)::int FROM submission_review) AS reviews,
               (SELECT count(*)::int FROM module_revision) AS revisions,
               (SELECT count(*)::int FROM mail_outbox) AS mails`);

    beforeAll(async () => {
      w = await world();
      submissionId = (await submit(w.mentorB, w.assignmentId)).id;
    });

    type Case = [
      name: string,
      who: () => TestPerson,
      method: 'post' | 'patch',
      url: () => string,
      body: unknown,
      status: number,
      code?: string,
    ];
    const cases: Case[] = [
      ['non-uuid module', () => w.trainer, 'post', () => '/api/modules/abc/assignments', { title: 'X', instructions: '' }, 404],
      ['unknown module', () => w.trainer, 'post', () => `/api/modules/${UNKNOWN}/assignments`, { title: 'X', instructions: '' }, 404],
      ['empty title', () => w.trainer, 'post', () => `/api/modules/${w.moduleId}/assignments`, { title: ' ', instructions: '' }, 400],
      [
        'title too long',
        () => w.trainer,
        'post',
        () => `/api/modules/${w.moduleId}/assignments`,
        { title: 'x'.repeat(201), instructions: '' },
        400,
      ],
      ['instructions missing', () => w.trainer, 'post', () => `/api/modules/${w.moduleId}/assignments`, { title: 'X' }, 400],
      [
        'instructions too long',
        () => w.trainer,
        'post',
        () => `/api/modules/${w.moduleId}/assignments`,
        { title: 'X', instructions: LONG },
        400,
      ],
      ['due date without zone', () => w.trainer, 'patch', () => `/api/assignments/${w.assignmentId}`, { dueAt: '2027-05-01T10:00' }, 400],
      ['unknown submission kind', () => w.trainer, 'patch', () => `/api/assignments/${w.assignmentId}`, { submissionKind: 'video' }, 400],
      ['NUL in instructions', () => w.trainer, 'patch', () => `/api/assignments/${w.assignmentId}`, { instructions: 'a\u0000' }, 400],
      ['non-uuid assignment', () => w.trainer, 'patch', () => '/api/assignments/1', { title: 'X' }, 404],
      ['empty submission', () => w.menteeA, 'post', () => `/api/assignments/${w.assignmentId}/submissions`, {}, 422, 'empty_submission'],
      [
        'blank text, no links',
        () => w.menteeA,
        'post',
        () => `/api/assignments/${w.assignmentId}/submissions`,
        { text: '  \n ', links: [] },
        422,
        'empty_submission',
      ],
      ['text too long', () => w.menteeA, 'post', () => `/api/assignments/${w.assignmentId}/submissions`, { text: LONG }, 400],
      [
        'javascript: link',
        () => w.menteeA,
        'post',
        () => `/api/assignments/${w.assignmentId}/submissions`,
        { links: ['javascript:alert(1)'] },
        400,
      ],
      ['data: link', () => w.menteeA, 'post', () => `/api/assignments/${w.assignmentId}/submissions`, { links: ['data:text/html,x'] }, 400],
      [
        '11 links',
        () => w.menteeA,
        'post',
        () => `/api/assignments/${w.assignmentId}/submissions`,
        { links: Array(11).fill('https://a.example') },
        400,
      ],
      [
        'links not a list',
        () => w.menteeA,
        'post',
        () => `/api/assignments/${w.assignmentId}/submissions`,
        { links: 'https://a.example' },
        400,
      ],
      ['non-uuid file id', () => w.menteeA, 'post', () => `/api/assignments/${w.assignmentId}/submissions`, { fileIds: ['x'] }, 400],
      [
        'files to a text assignment',
        () => w.menteeA,
        'post',
        () => `/api/assignments/${w.assignmentId}/submissions`,
        { fileIds: [UNKNOWN] },
        422,
        'files_not_accepted',
      ],
      ['unknown assignment', () => w.menteeA, 'post', () => `/api/assignments/${UNKNOWN}/submissions`, { text: 'x' }, 404],
      ['NUL in text', () => w.menteeA, 'post', () => `/api/assignments/${w.assignmentId}/submissions`, { text: 'a\u0000' }, 400],
      ['body is an array', () => w.menteeA, 'post', () => `/api/assignments/${w.assignmentId}/submissions`, ['x'], 400],
      ['review: unknown decision', () => w.trainer, 'post', () => `/api/submissions/${submissionId}/review`, { decision: 'maybe' }, 400],
      [
        'review: changes without feedback',
        () => w.trainer,
        'post',
        () => `/api/submissions/${submissionId}/review`,
        { decision: 'changes_requested', feedback: '  ' },
        400,
      ],
      [
        'review: feedback too long',
        () => w.trainer,
        'post',
        () => `/api/submissions/${submissionId}/review`,
        { decision: 'approved', feedback: 'x'.repeat(10_001) },
        400,
      ],
      ['review: non-uuid submission', () => w.trainer, 'post', () => '/api/submissions/abc/review', { decision: 'approved' }, 404],
      ['review: unknown submission', () => w.trainer, 'post', () => `/api/submissions/${UNKNOWN}/review`, { decision: 'approved' }, 404],
    ];

    // One argument per row: jest would take a missing optional `code` for the `done` callback.
    it.each(cases.map((c) => [c[0], c] as const))('%s', async (_name, [, who, method, url, body, status, code]) => {
      const before = await snapshot();
      const res = await t
        .http()
        [method](url())
        .set('Authorization', who().auth)
        .send(body as object);
      expect(res.status).toBe(status);
      expect(res.body).toMatchObject({ statusCode: status, code: code ?? expect.any(String), message: expect.any(String) });
      expect(await snapshot()).toEqual(before);
    });

    it('messages are German by default and English on request', async () => {
      const url = `/api/assignments/${w.assignmentId}/submissions`;
      expect((await post(w.menteeA, url, {})).body.message).toContain('Die Abgabe ist leer');
      const en = await t.http().post(url).set('Authorization', w.menteeA.auth).set('Accept-Language', 'en').send({});
      expect(en.body.message).toContain('The submission is empty');
    });
  });
});
