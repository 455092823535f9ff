import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { listOf } from '@ecampus/shared/contracts';
import { DataChanges } from '@ecampus/web/shared/data-access';
import { aProgram } from '../testing';
import { ProgramAdminStore } from './program-admin-store';

describe('ProgramAdminStore', () => {
  let store: ProgramAdminStore;
  let backend: HttpTestingController;
  const current = aProgram({ id: 'p1', title: 'Mentoring 2027', startsOn: '2027-03-01', myRoles: [] });
  const older = aProgram({
    id: 'p2',
    title: 'Mentoring 2025',
    startsOn: '2025-03-01',
    archived: true,
    archivedAt: '2026-01-01T00:00:00.000Z',
  });

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [ProgramAdminStore, provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(ProgramAdminStore);
    backend = TestBed.inject(HttpTestingController);
    const load = store.load();
    const req = backend.expectOne((r) => r.url === '/api/programs');
    expect(req.request.params.get('include')).toBe('archived');
    req.flush(listOf([older, current]));
    await load;
  });

  afterEach(() => backend.verify());

  it('loads every program, archived ones too, and filters them', () => {
    expect(store.total()).toBe(2);
    expect(store.programs().map((p) => p.id)).toEqual(['p1']);
    store.filter.set('archived');
    expect(store.programs().map((p) => p.id)).toEqual(['p2']);
    store.filter.set('all');
    expect(store.programs().map((p) => p.id)).toEqual(['p1', 'p2']);
  });

  it('creates a program and tells the page that programs changed', async () => {
    const announced = jest.fn();
    TestBed.inject(DataChanges).of('programs').subscribe(announced);
    const body = { title: 'Neu', mode: 'classic' as const, startsOn: '2028-01-01', endsOn: '2028-12-31' };
    const created = store.create(body);
    const req = backend.expectOne('/api/programs');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual(body);
    req.flush(aProgram({ id: 'p3', title: 'Neu', startsOn: '2028-01-01' }), { status: 201, statusText: 'Created' });
    await created;
    expect(store.programs().map((p) => p.id)).toEqual(['p3', 'p1']);
    expect(announced).toHaveBeenCalledTimes(1);
  });

  it('archives and unarchives, keeping the answer', async () => {
    const archive = store.archive('p1');
    const req = backend.expectOne('/api/programs/p1/archive');
    expect(req.request.method).toBe('POST');
    req.flush({ ...current, archived: true, archivedAt: '2026-11-27T10:00:00.000Z' });
    await archive;
    expect(store.programs()).toEqual([]);

    const unarchive = store.unarchive('p2');
    backend.expectOne('/api/programs/p2/unarchive').flush({ ...older, archived: false, archivedAt: null });
    await unarchive;
    expect(store.programs().map((p) => p.id)).toEqual(['p2']);
  });
});
