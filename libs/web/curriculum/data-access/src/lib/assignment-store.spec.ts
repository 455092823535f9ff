import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { listOf } from '@ecampus/shared/contracts';
import { aReview, aStoredFile, aSubmission, aSubmissionVersion, anAssignment } from '../testing';
import { AssignmentStore } from './assignment-store';

const url = '/api/assignments/a1';

describe('AssignmentStore', () => {
  let http: HttpTestingController;
  let store: AssignmentStore;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [AssignmentStore, provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(AssignmentStore);
  });
  afterEach(() => http.verify());

  async function load(assignment = anAssignment()) {
    const loaded = store.load('a1');
    http.expectOne(url).flush(assignment);
    await loaded;
  }

  it('creates an assignment in the module, then saves changes to it', async () => {
    let saved = store.save('m1', { title: 'Seite anlegen', instructions: '# Los', dueAt: null, submissionKind: 'links' });
    const create = http.expectOne({ method: 'POST', url: '/api/modules/m1/assignments' });
    expect(create.request.body).toEqual({ title: 'Seite anlegen', instructions: '# Los', dueAt: null, submissionKind: 'links' });
    create.flush(anAssignment({ title: 'Seite anlegen', canEdit: true }));
    expect((await saved).id).toBe('a1');

    saved = store.save('m1', { title: 'Neu', instructions: '' });
    http.expectOne({ method: 'PATCH', url }).flush(anAssignment({ title: 'Neu', canEdit: true }));
    await saved;
    expect(store.assignment()?.title).toBe('Neu');
  });

  it('rejects a delete the API refuses (submissions exist) and keeps the assignment', async () => {
    await load();
    const removed = store.remove();
    http
      .expectOne({ method: 'DELETE', url })
      .flush(
        { statusCode: 409, code: 'assignment_has_submissions', message: 'Es gibt schon Abgaben.' },
        { status: 409, statusText: 'Conflict' },
      );
    await expect(removed).rejects.toMatchObject({ status: 409 });
    expect(store.assignment()?.id).toBe('a1');
  });

  it('submits for the tandem: the submission and the caller’s status follow', async () => {
    await load(anAssignment({ canSubmit: true }));
    const listed = store.loadSubmissions();
    http.expectOne(`${url}/submissions`).flush(listOf([]));
    await listed;

    const submitted = store.submit({ text: 'Hier ist sie', links: ['https://example.org'] });
    const req = http.expectOne({ method: 'POST', url: `${url}/submissions` });
    expect(req.request.body).toEqual({ text: 'Hier ist sie', links: ['https://example.org'] });
    req.flush(aSubmission());
    await submitted;
    expect(store.submissions().map((s) => s.id)).toEqual(['s1']);
    expect(store.assignment()?.myStatus).toBe('submitted');

    const again = store.submit({ text: 'Version 2' });
    http
      .expectOne(`${url}/submissions`)
      .flush(aSubmission({ versions: [aSubmissionVersion(), aSubmissionVersion({ number: 2, text: 'Version 2' })] }));
    await again;
    expect(store.submissions()).toHaveLength(1);
    expect(store.submissions()[0]?.versions).toHaveLength(2);
  });

  it('reviews: the thread gets the review, the waiting count and the badges follow', async () => {
    await load(anAssignment({ waitingForReview: 2 }));
    const listed = store.loadSubmissions();
    http
      .expectOne(`${url}/submissions`)
      .flush(listOf([aSubmission({ canReview: true }), aSubmission({ id: 's2', tandemId: 't2', canReview: true })]));
    await listed;

    const reviewed = store.review('s1', { decision: 'changes_requested', feedback: 'Bitte ergänzen.' });
    const req = http.expectOne({ method: 'POST', url: '/api/submissions/s1/review' });
    expect(req.request.body).toEqual({ decision: 'changes_requested', feedback: 'Bitte ergänzen.' });
    req.flush(aSubmission({ status: 'changes_requested', reviews: [aReview()], canReview: false }));
    await reviewed;
    // The navigation's badges follow.
    http.expectOne('/api/me/review-counts').flush({ total: 0, programs: [] });
    expect(store.submissions().find((s) => s.id === 's1')?.status).toBe('changes_requested');
    expect(store.assignment()?.waitingForReview).toBe(1);
  });

  it('uploads a submission file with progress, and cancels one', async () => {
    await load(anAssignment({ canSubmit: true, submissionKind: 'files' }));
    const uploaded = store.uploadFile(new File(['x'], 'notizen.docx'));
    const req = http.expectOne({ method: 'POST', url: `${url}/files` });
    req.event({ type: HttpEventType.UploadProgress, loaded: 1, total: 4 });
    expect(store.fileUpload()?.percent).toBe(25);
    req.flush(aStoredFile());
    expect((await uploaded)?.id).toBe('f1');

    const cancelled = store.uploadFile(new File(['x'], 'b.docx'));
    const second = http.expectOne(`${url}/files`);
    store.cancelUpload();
    expect(second.cancelled).toBe(true);
    await expect(cancelled).resolves.toBeNull();
  });
});
