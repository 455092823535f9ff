import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { listOf, type CurriculumItem } from '@ecampus/shared/contracts';
import { CurriculumStore } from './curriculum-store';

const url = '/api/programs/p1/curriculum';
const anItem = (title: string): CurriculumItem => ({ id: `id-${title}`, programId: 'p1', title, createdAt: '2027-03-01T10:00:00.000Z' });

describe('CurriculumStore', () => {
  let http: HttpTestingController;
  let store: CurriculumStore;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [CurriculumStore, provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(CurriculumStore);
  });
  afterEach(() => http.verify());

  it('loads the items, parsed with the contract', async () => {
    const done = store.load('p1');
    expect(store.loading()).toBe(true);
    http.expectOne(url).flush(listOf([anItem('Eins'), anItem('Zwei')]));
    await done;
    expect(store.items().map((i) => i.title)).toEqual(['Eins', 'Zwei']);
    expect(store.empty()).toBe(false);
    expect(store.loading()).toBe(false);
  });

  it('fails on an HTTP error and on an answer that breaks the contract, keeping the server’s message', async () => {
    let done = store.load('p1');
    http.expectOne(url).flush([anItem('kein Listenformat')]);
    await done;
    expect(store.failed()).toBe(true);

    done = store.load('p1');
    http.expectOne(url).flush({ statusCode: 404, code: 'not_found', message: 'Gibt es nicht.' }, { status: 404, statusText: 'Not Found' });
    await done;
    expect(store.failed()).toBe(true);
    expect(store.error()?.message).toBe('Gibt es nicht.');
  });

  it('adds an item: posts the body, appends the answer, rejects with the HTTP error', async () => {
    const added = store.add('p1', { title: 'Neu' });
    const req = http.expectOne({ method: 'POST', url });
    expect(req.request.body).toEqual({ title: 'Neu' });
    req.flush(anItem('Neu'));
    await added;
    expect(store.items().map((i) => i.title)).toEqual(['Neu']);

    const refused = store.add('p1', { title: 'Neu' });
    http
      .expectOne({ method: 'POST', url })
      .flush({ statusCode: 409, code: 'conflict', message: 'Gibt es schon.' }, { status: 409, statusText: 'Conflict' });
    await expect(refused).rejects.toMatchObject({ status: 409 });
    expect(store.items()).toHaveLength(1);
  });
});
