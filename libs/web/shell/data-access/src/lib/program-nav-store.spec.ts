import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { DataChanges, SKIP_GLOBAL_ERROR } from '@ecampus/web/shared/data-access';
import { ProgramNavStore } from './program-nav-store';
import { listOf } from '@ecampus/shared/contracts';

describe('ProgramNavStore', () => {
  let store: ProgramNavStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [ProgramNavStore, provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(ProgramNavStore);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('loads the list answer { items, total }', () => {
    store.load();
    expect(store.loading()).toBe(true);
    backend.expectOne('/api/programs').flush(listOf([{ id: 'p1', title: 'Politikerinnen ins Netz 2027' }]));
    expect(store.programs()).toEqual([{ id: 'p1', title: 'Politikerinnen ins Netz 2027' }]);
    expect(store.empty()).toBe(false);
  });

  it('treats a bare array (not the list shape) as a failure', () => {
    store.load();
    backend.expectOne('/api/programs').flush([{ id: 'p2', title: 'Mentoring Nord' }]);
    expect(store.failed()).toBe(true);
  });

  it('treats an answer that does not match the contract as a failure', () => {
    store.load();
    backend.expectOne('/api/programs').flush(listOf([{ id: 'p1', title: 42 }]));
    expect(store.failed()).toBe(true);
    expect(store.programs()).toEqual([]);
  });

  it('turns a failure into an empty, failed state without the global error popup', () => {
    store.load();
    const req = backend.expectOne('/api/programs');
    expect(req.request.context.get(SKIP_GLOBAL_ERROR)).toBe(true);
    req.flush({ statusCode: 404, code: 'not_found', message: 'Nicht gefunden' }, { status: 404, statusText: 'Not Found' });
    expect(store.failed()).toBe(true);
    expect(store.empty()).toBe(true);
    expect(store.programs()).toEqual([]);
  });

  it('joins a load that is still running instead of asking twice, and loads again afterwards', () => {
    store.load();
    store.load();
    backend.expectOne('/api/programs').flush(listOf([]));
    store.load();
    backend.expectOne('/api/programs').flush(listOf([{ id: 'p1', title: 'Politikerinnen ins Netz 2027' }]));
    expect(store.programs()).toHaveLength(1);
  });

  it('loads again when programs changed elsewhere on the page (created, archived, renamed)', () => {
    store.load();
    backend.expectOne('/api/programs').flush(listOf([]));
    TestBed.inject(DataChanges).announce('programs');
    backend.expectOne('/api/programs').flush(listOf([{ id: 'p9', title: 'Mentoring Süd 2028' }]));
    expect(store.programs().map((p) => p.title)).toEqual(['Mentoring Süd 2028']);
  });
});
