import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { listOf } from '@ecampus/shared/contracts';
import { aHistoryEntry, aLessonSummary, aModuleDetail } from '../testing';
import { ModuleStore } from './module-store';

const url = '/api/modules/m1';
const lessons = [aLessonSummary({ id: 'l1' }), aLessonSummary({ id: 'l2', position: 2 })];

describe('ModuleStore', () => {
  let http: HttpTestingController;
  let store: ModuleStore;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [ModuleStore, provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(ModuleStore);
    const done = store.load('m1');
    http.expectOne(url).flush(aModuleDetail({ status: 'draft', lessons, canEdit: true }));
    await done;
  });
  afterEach(() => http.verify());

  it('loads the module with its lessons', () => {
    expect(store.module()?.status).toBe('draft');
    expect(store.lessons().map((l) => l.id)).toEqual(['l1', 'l2']);
  });

  it('publishes and unpublishes; the history, once shown, follows', async () => {
    const history = store.loadHistory();
    http.expectOne(`${url}/history`).flush(listOf([aHistoryEntry()]));
    await history;

    const published = store.publish();
    http.expectOne({ method: 'POST', url: `${url}/publish` }).flush(aModuleDetail({ status: 'published', lessons }));
    await Promise.resolve();
    await Promise.resolve();
    http.expectOne(`${url}/history`).flush(listOf([aHistoryEntry({ id: 'h2', action: 'published' }), aHistoryEntry()]));
    await published;
    expect(store.module()?.status).toBe('published');
    expect(store.history().map((h) => h.action)).toEqual(['published', 'created']);
  });

  it('saves changes and rejects with the server’s answer', async () => {
    const refused = store.update({ prerequisiteModuleId: 'm1' });
    const req = http.expectOne({ method: 'PATCH', url });
    expect(req.request.body).toEqual({ prerequisiteModuleId: 'm1' });
    req.flush(
      { statusCode: 422, code: 'invalid_prerequisite', message: 'Nein.', fields: { prerequisiteModuleId: 'Nicht das Modul selbst.' } },
      { status: 422, statusText: 'Unprocessable' },
    );
    await expect(refused).rejects.toMatchObject({ status: 422 });
    expect(store.module()?.prerequisiteModuleId).toBeNull();
  });

  it('reorders the lessons, then loads the module again; restores the order on failure', async () => {
    let saved = store.reorderLessons(['l2', 'l1']);
    expect(store.lessons().map((l) => l.id)).toEqual(['l2', 'l1']);
    http.expectOne({ method: 'PUT', url: `${url}/lessons/order` }).flush(null);
    await Promise.resolve();
    http
      .expectOne(url)
      .flush(aModuleDetail({ lessons: [lessons[1], lessons[0]].flatMap((l, i) => (l ? [{ ...l, position: i + 1 }] : [])) }));
    await saved;
    expect(store.lessons().map((l) => l.id)).toEqual(['l2', 'l1']);

    saved = store.reorderLessons(['l1', 'l2']);
    http
      .expectOne({ method: 'PUT', url: `${url}/lessons/order` })
      .flush({ statusCode: 500, code: 'x', message: 'x' }, { status: 500, statusText: 'Error' });
    await expect(saved).rejects.toBeTruthy();
    expect(store.lessons().map((l) => l.id)).toEqual(['l2', 'l1']);
  });

  it('deletes a draft and copies into another program', async () => {
    const copied = store.copyTo('p2');
    const copy = http.expectOne({ method: 'POST', url: `${url}/copy` });
    expect(copy.request.body).toEqual({ programId: 'p2' });
    copy.flush(aModuleDetail({ id: 'm9', programId: 'p2' }));
    expect((await copied).programId).toBe('p2');

    const removed = store.remove();
    http.expectOne({ method: 'DELETE', url }).flush(null, { status: 204, statusText: 'No Content' });
    await removed;
    expect(store.module()).toBeNull();
  });
});
