import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { listOf } from '@ecampus/shared/contracts';
import { aLiveModule, aLiveProgram, aLiveSession, aMember } from '../testing';
import { LiveSessionsStore } from './live-sessions-store';

const listUrl = '/api/programs/p1/live-sessions';

describe('LiveSessionsStore', () => {
  let http: HttpTestingController;
  let store: LiveSessionsStore;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [LiveSessionsStore, provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(LiveSessionsStore);
  });
  afterEach(() => http.verify());

  async function load(roles = aLiveProgram().myRoles, sessions = [aLiveSession()]) {
    const done = store.load('p1');
    expect(store.loading()).toBe(true);
    http.expectOne('/api/programs/p1').flush(aLiveProgram({ myRoles: roles }));
    http.expectOne((r) => r.url === listUrl && r.params.keys().length === 0).flush(listOf(sessions));
    await done;
  }

  it('loads the program and its sessions, splits upcoming (soonest first) from past (latest first)', async () => {
    await load(
      ['mentee'],
      [
        aLiveSession({ id: 'b', startsAt: '2027-03-08T18:00:00.000Z' }),
        aLiveSession({ id: 'old', startsAt: '2027-02-01T18:00:00.000Z', status: 'ended' }),
        aLiveSession({ id: 'a', startsAt: '2027-03-01T18:00:00.000Z', status: 'live' }),
        aLiveSession({ id: 'older', startsAt: '2027-01-01T18:00:00.000Z', status: 'ended' }),
      ],
    );
    expect(store.upcoming().map((s) => s.id)).toEqual(['a', 'b']);
    expect(store.past().map((s) => s.id)).toEqual(['old', 'older']);
    expect([store.isStaff(), store.canCreate(), store.empty()]).toEqual([false, false, false]);
  });

  it('lets trainers, coordinators and admins (no roles) create, unless the program is archived', async () => {
    await load(['trainer'], []);
    expect([store.isStaff(), store.canCreate(), store.empty()]).toEqual([true, true, true]);

    const again = store.loadProgram('p2');
    http.expectOne('/api/programs/p2').flush(aLiveProgram({ id: 'p2', myRoles: [], archived: true }));
    await again;
    expect([store.isStaff(), store.canCreate()]).toEqual([true, false]);
  });

  it('fails with the server’s message and on an answer that breaks the contract', async () => {
    let done = store.reload('p1');
    http
      .expectOne(listUrl)
      .flush({ statusCode: 404, code: 'not_found', message: 'Programm nicht gefunden.' }, { status: 404, statusText: 'Not Found' });
    await done;
    expect([store.failed(), store.error()?.message]).toEqual([true, 'Programm nicht gefunden.']);

    done = store.reload('p1');
    http.expectOne(listUrl).flush([aLiveSession()]);
    await done;
    expect(store.failed()).toBe(true);
  });

  it('loads a calendar window with from and to', async () => {
    const done = store.loadWindow('p1', { from: '2027-02-22T00:00:00.000Z', to: '2027-04-05T00:00:00.000Z' });
    http
      .expectOne(
        (r) =>
          r.url === listUrl && r.params.get('from') === '2027-02-22T00:00:00.000Z' && r.params.get('to') === '2027-04-05T00:00:00.000Z',
      )
      .flush(listOf([aLiveSession({ id: 'late', startsAt: '2027-03-20T18:00:00.000Z' }), aLiveSession()]));
    await done;
    expect(store.monthSessions().map((s) => s.id)).toEqual(['s1', 'late']);
  });

  it('offers the program’s modules and its trainers and coordinators, each once, by name', async () => {
    const done = store.loadFormOptions('p1');
    http.expectOne('/api/programs/p1/modules').flush(listOf([aLiveModule('m1', 'Social Media')]));
    http
      .expectOne((r) => r.url === '/api/programs/p1/members' && r.params.get('role') === 'trainer')
      .flush(listOf([aMember('u2', 'Zora Ziegler', ['trainer', 'coordinator']), aMember('u1', 'Anna Alt', ['trainer'])]));
    http
      .expectOne((r) => r.url === '/api/programs/p1/members' && r.params.get('role') === 'coordinator')
      .flush(listOf([aMember('u2', 'Zora Ziegler', ['trainer', 'coordinator'])]));
    await done;
    expect(store.modules().map((m) => m.title)).toEqual(['Social Media']);
    expect(store.trainers()).toEqual([
      { userId: 'u1', displayName: 'Anna Alt' },
      { userId: 'u2', displayName: 'Zora Ziegler' },
    ]);
    expect(store.trainersFailed()).toBe(false);
  });

  it('creates a session: posts the body, shows it in order, rejects with the HTTP error', async () => {
    await load(['trainer'], [aLiveSession({ id: 'later', startsAt: '2027-04-01T18:00:00.000Z' })]);
    const body = { title: 'Neu', startsAt: '2027-03-01T19:00:00+01:00', durationMinutes: 60 };
    const created = store.create(body);
    const req = http.expectOne({ method: 'POST', url: listUrl });
    expect(req.request.body).toEqual(body);
    req.flush(aLiveSession({ id: 'neu', title: 'Neu' }));
    await created;
    expect(store.upcoming().map((s) => s.id)).toEqual(['neu', 'later']);

    const refused = store.create(body);
    http
      .expectOne({ method: 'POST', url: listUrl })
      .flush({ statusCode: 403, code: 'forbidden', message: 'Nur Trainer*innen.' }, { status: 403, statusText: 'Forbidden' });
    await expect(refused).rejects.toMatchObject({ status: 403 });

    store.removed('neu');
    expect(store.sessions().map((s) => s.id)).toEqual(['later']);
  });
});
