import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { aMeeting, aProgram, aTandemDetail } from '../testing/fixtures';
import { TandemStore } from './tandem-store';
import { listOf } from '@ecampus/shared/contracts';

const tick = () => new Promise((resolve) => setTimeout(resolve));

describe('TandemStore', () => {
  let store: TandemStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [TandemStore, provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(TandemStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function loadMine() {
    const done = store.loadMine('p1');
    http.expectOne('/api/programs/p1').flush(aProgram({ myRoles: ['mentee'], myTandemId: 't1' }));
    await tick();
    http.expectOne('/api/tandems/t1').flush(aTandemDetail());
    http
      .expectOne('/api/tandems/t1/meetings')
      .flush(listOf([aMeeting({ id: 'old', date: '2027-03-05' }), aMeeting({ id: 'new', date: '2027-04-02' })]));
    await done;
  }

  it("finds the caller's tandem through the program and shows the other side as partner", async () => {
    await loadMine();
    expect(store.viewerRole()).toBe('mentee');
    expect(store.partner()?.displayName).toBe('Mia Mentorin');
    expect(store.meetings().map((m) => m.id)).toEqual(['new', 'old']);
    expect(store.totalMinutes()).toBe(120);
  });

  it('says so when the participant has no tandem yet', async () => {
    const done = store.loadMine('p1');
    http.expectOne('/api/programs/p1').flush(aProgram({ myRoles: ['mentor'], myTandemId: null }));
    await done;
    expect(store.noTandem()).toBe(true);
    expect(store.tandem()).toBeNull();
  });

  it('builds a timeline oldest first: start, meetings, end', async () => {
    const done = store.load('t1');
    http.expectOne('/api/tandems/t1').flush(aTandemDetail({ endedAt: '2027-05-01T09:00:00.000Z', endReason: 'Umzug', status: 'ended' }));
    http
      .expectOne('/api/tandems/t1/meetings')
      .flush(listOf([aMeeting({ id: 'b', date: '2027-04-02' }), aMeeting({ id: 'a', date: '2027-03-01' })]));
    await done;
    expect(store.partner()).toBeNull();
    expect(store.timeline().map((e) => `${e.kind}:${e.date}`)).toEqual([
      'started:2027-03-01',
      'meeting:2027-03-01',
      'meeting:2027-04-02',
      'ended:2027-05-01',
    ]);
  });

  it('adds a meeting and refreshes last meeting and quiet flag from the server', async () => {
    await loadMine();
    const added = store.addMeeting({ date: '2027-04-20', format: 'in_person', durationMinutes: 90, notes: 'Instagram-Profil' });
    const req = http.expectOne({ method: 'POST', url: '/api/tandems/t1/meetings' });
    expect(req.request.body).toEqual({ date: '2027-04-20', format: 'in_person', durationMinutes: 90, notes: 'Instagram-Profil' });
    req.flush(aMeeting({ id: 'newest', date: '2027-04-20', durationMinutes: 90 }));
    await tick();
    http.expectOne('/api/tandems/t1').flush(aTandemDetail({ lastMeetingOn: '2027-04-20', meetingCount: 3, quiet: false }));
    await added;
    expect(store.meetings()[0].id).toBe('newest');
    expect(store.tandem()?.quiet).toBe(false);
    expect(store.tandem()?.lastMeetingOn).toBe('2027-04-20');
  });

  it('records a failure to load', async () => {
    const done = store.load('t1');
    http
      .expectOne('/api/tandems/t1')
      .flush({ statusCode: 404, code: 'not_found', message: 'Tandem nicht gefunden' }, { status: 404, statusText: 'x' });
    http.expectOne('/api/tandems/t1/meetings').flush(listOf([]));
    await done;
    expect(store.failed()).toBe(true);
    expect(store.error()?.code).toBe('not_found');
  });
});
