import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { aProgram } from '../testing/fixtures';
import { ProfileStore } from './profile-store';
import { ProgramListStore } from './program-list-store';
import { listOf } from '@ecampus/shared/contracts';

describe('ProgramListStore', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [ProgramListStore, ProfileStore, provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists running programs first, then open, draft and finished ones', async () => {
    const store = TestBed.inject(ProgramListStore);
    const done = store.load();
    expect(store.loading()).toBe(true);
    http
      .expectOne('/api/programs')
      .flush(
        listOf([
          aProgram({ id: 'f', status: 'finished' }),
          aProgram({ id: 'd', status: 'draft' }),
          aProgram({ id: 'r2', status: 'running', startsOn: '2027-05-01' }),
          aProgram({ id: 'o', status: 'open' }),
          aProgram({ id: 'r1', status: 'running', startsOn: '2027-03-01' }),
        ]),
      );
    await done;
    expect(store.programs().map((p) => p.id)).toEqual(['r1', 'r2', 'o', 'd', 'f']);
    expect(store.empty()).toBe(false);
    expect(store.loading()).toBe(false);
  });

  it('is empty after an empty answer and failed after an error, not both', async () => {
    const store = TestBed.inject(ProgramListStore);
    let done = store.load();
    http.expectOne('/api/programs').flush({ items: [] });
    await done;
    expect(store.empty()).toBe(true);

    done = store.load();
    http.expectOne('/api/programs').error(new ProgressEvent('offline'), { status: 0 });
    await done;
    expect(store.failed()).toBe(true);
    expect(store.error()).toBeNull();
  });
});

describe('ProfileStore', () => {
  it('loads and saves the own profile of a program', async () => {
    TestBed.configureTestingModule({ providers: [ProfileStore, provideHttpClient(), provideHttpClientTesting()] });
    const http = TestBed.inject(HttpTestingController);
    const store = TestBed.inject(ProfileStore);
    const empty = { programId: 'p1', userId: 'u1', municipality: null, bundesland: null, postalCode: null, office: null, channels: [] };

    const loaded = store.load('p1');
    http.expectOne('/api/programs/p1/profile').flush(empty);
    await loaded;
    expect(store.profile()?.channels).toEqual([]);

    const body = {
      municipality: 'Goslar',
      bundesland: 'NI' as const,
      postalCode: '38640',
      office: 'Stadtrat',
      channels: ['instagram' as const],
    };
    const saved = store.save('p1', body);
    const req = http.expectOne({ method: 'PUT', url: '/api/programs/p1/profile' });
    expect(req.request.body).toEqual(body);
    req.flush({ ...empty, ...body });
    await saved;
    expect(store.profile()?.municipality).toBe('Goslar');
    http.verify();
  });
});
