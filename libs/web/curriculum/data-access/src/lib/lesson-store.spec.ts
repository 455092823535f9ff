import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { aLesson } from '../testing';
import { LessonStore } from './lesson-store';

describe('LessonStore', () => {
  let http: HttpTestingController;
  let store: LessonStore;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [LessonStore, provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(LessonStore);
  });
  afterEach(() => http.verify());

  async function loaded() {
    const done = store.load('l1');
    http.expectOne('/api/lessons/l1').flush(aLesson());
    await done;
  }

  it('marks a lesson done and open again', async () => {
    await loaded();
    let done = store.setCompleted(true);
    http.expectOne({ method: 'POST', url: '/api/lessons/l1/complete' }).flush(null, { status: 204, statusText: 'No Content' });
    await done;
    expect(store.lesson()?.completed).toBe(true);

    done = store.setCompleted(false);
    http.expectOne({ method: 'DELETE', url: '/api/lessons/l1/complete' }).flush(null, { status: 204, statusText: 'No Content' });
    await done;
    expect(store.lesson()?.completed).toBe(false);
  });

  it('keeps the state when a locked module refuses', async () => {
    await loaded();
    const done = store.setCompleted(true);
    http
      .expectOne({ method: 'POST', url: '/api/lessons/l1/complete' })
      .flush({ statusCode: 403, code: 'module_locked', message: 'Noch gesperrt.' }, { status: 403, statusText: 'Forbidden' });
    await expect(done).rejects.toMatchObject({ status: 403 });
    expect(store.lesson()?.completed).toBe(false);
  });

  it('creates a new lesson, and saves a loaded one', async () => {
    const body = { title: 'Neu', body: '# Hallo', videoUrl: null, estimatedMinutes: 10 };
    let saved = store.save('m1', body);
    const create = http.expectOne({ method: 'POST', url: '/api/modules/m1/lessons' });
    expect(create.request.body).toEqual(body);
    create.flush(aLesson({ id: 'l7', title: 'Neu' }));
    expect((await saved).id).toBe('l7');

    saved = store.save('m1', { ...body, title: 'Anders' });
    http.expectOne({ method: 'PATCH', url: '/api/lessons/l7' }).flush(aLesson({ id: 'l7', title: 'Anders' }));
    expect((await saved).title).toBe('Anders');
  });
});
