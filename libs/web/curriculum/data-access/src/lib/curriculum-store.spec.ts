import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { listOf } from '@ecampus/shared/contracts';
import { aModule, aProgram } from '../testing';
import { CurriculumStore } from './curriculum-store';

const modulesUrl = '/api/programs/p1/modules';

describe('CurriculumStore', () => {
  let http: HttpTestingController;
  let store: CurriculumStore;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [CurriculumStore, provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(CurriculumStore);
  });
  afterEach(() => http.verify());

  async function loaded(roles = aProgram().myRoles, modules = [aModule({ id: 'a' }), aModule({ id: 'b' })]) {
    const done = store.load('p1');
    expect(store.loading()).toBe(true);
    http.expectOne('/api/programs/p1').flush(aProgram({ myRoles: roles }));
    http.expectOne(modulesUrl).flush(listOf(modules));
    await done;
  }

  it('loads the program and its modules, parsed with the contracts; the program only once', async () => {
    await loaded();
    expect(store.modules().map((m) => m.id)).toEqual(['a', 'b']);
    expect(store.loaded()).toBe(true);
    expect(store.empty()).toBe(false);

    const again = store.load('p1');
    http.expectOne(modulesUrl).flush(listOf([]));
    await again;
    expect(store.empty()).toBe(true);
  });

  it('tells staff from participants by the roles (no role: an administrator)', async () => {
    await loaded(['trainer']);
    expect([store.isStaff(), store.isParticipant(), store.canEdit()]).toEqual([true, false, true]);

    const other = TestBed.runInInjectionContext(() => new CurriculumStore());
    const done = other.loadProgram('p2');
    http.expectOne('/api/programs/p2').flush(aProgram({ id: 'p2', myRoles: ['mentee'] }));
    await done;
    expect([other.isStaff(), other.isParticipant(), other.canEdit()]).toEqual([false, true, false]);

    const admin = TestBed.runInInjectionContext(() => new CurriculumStore());
    const adminDone = admin.loadProgram('p3');
    http.expectOne('/api/programs/p3').flush(aProgram({ id: 'p3', myRoles: [], archived: true }));
    await adminDone;
    expect([admin.isStaff(), admin.canEdit()]).toEqual([true, false]);
  });

  it('fails on an answer that breaks the contract, keeping the server’s message of an HTTP error', async () => {
    let done = store.load('p1');
    http.expectOne('/api/programs/p1').flush(aProgram());
    http.expectOne(modulesUrl).flush([aModule()]);
    await done;
    expect(store.failed()).toBe(true);

    done = store.load('p1');
    http
      .expectOne(modulesUrl)
      .flush({ statusCode: 403, code: 'forbidden', message: 'Kein Zugang.' }, { status: 403, statusText: 'Forbidden' });
    await done;
    expect(store.error()?.message).toBe('Kein Zugang.');
  });

  it('creates a module at the end', async () => {
    await loaded();
    const created = store.createModule({ title: 'Neu', summary: '' });
    const req = http.expectOne({ method: 'POST', url: modulesUrl });
    expect(req.request.body).toEqual({ title: 'Neu', summary: '' });
    req.flush(aModule({ id: 'c', title: 'Neu', status: 'draft' }));
    expect((await created).id).toBe('c');
    expect(store.modules().map((m) => m.id)).toEqual(['a', 'b', 'c']);
  });

  it('reorders at once, keeps the server’s list, and restores the old order when saving fails', async () => {
    await loaded();
    let saved = store.reorder(['b', 'a']);
    expect(store.modules().map((m) => m.id)).toEqual(['b', 'a']);
    const req = http.expectOne({ method: 'PUT', url: `${modulesUrl}/order` });
    expect(req.request.body).toEqual({ moduleIds: ['b', 'a'] });
    req.flush(listOf([aModule({ id: 'b', position: 1 }), aModule({ id: 'a', position: 2 })]));
    await saved;
    expect(store.modules().map((m) => m.position)).toEqual([1, 2]);

    saved = store.reorder(['a', 'b']);
    http
      .expectOne({ method: 'PUT', url: `${modulesUrl}/order` })
      .flush({ statusCode: 422, code: 'invalid_order', message: 'Nicht alle Module.' }, { status: 422, statusText: 'Unprocessable' });
    await expect(saved).rejects.toMatchObject({ status: 422 });
    expect(store.modules().map((m) => m.id)).toEqual(['b', 'a']);
  });

  it('offers as copy targets the other programs where the caller is staff', async () => {
    await loaded();
    const done = store.loadStaffPrograms();
    http
      .expectOne('/api/programs')
      .flush(
        listOf([
          aProgram({ id: 'p1' }),
          aProgram({ id: 'p2', title: 'Trainerin', myRoles: ['trainer'] }),
          aProgram({ id: 'p3', title: 'Mentee', myRoles: ['mentee'] }),
          aProgram({ id: 'p4', title: 'Leitung', myRoles: ['coordinator', 'mentor'] }),
        ]),
      );
    await done;
    expect(store.staffPrograms().map((p) => p.id)).toEqual(['p2', 'p4']);
  });
});
