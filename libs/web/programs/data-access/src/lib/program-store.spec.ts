import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { aMember, aProgram, aTandem } from '../testing/fixtures';
import { ProgramStore } from './program-store';
import { listOf } from '@ecampus/shared/contracts';

const flush = () => new Promise((resolve) => setTimeout(resolve));

describe('ProgramStore', () => {
  let store: ProgramStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [ProgramStore, provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(ProgramStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function loadProgram(roles = aProgram().myRoles) {
    const done = store.load('p1');
    http.expectOne('/api/programs/p1').flush(aProgram({ myRoles: roles }));
    await done;
  }

  it('loads the program and derives what the caller may do from the roles', async () => {
    const done = store.load('p1');
    expect(store.programLoading()).toBe(true);
    http.expectOne('/api/programs/p1').flush(aProgram({ myRoles: ['trainer'] }));
    await done;
    expect(store.program()?.title).toBe('Politikerinnen ins Netz 2027');
    expect(store.canManage()).toBe(false);
    expect(store.canSeeStaffViews()).toBe(true);
    expect(store.isParticipant()).toBe(false);
    store.setAdmin(true);
    expect(store.canManage()).toBe(true);
  });

  it('records a failed load with the server error instead of throwing', async () => {
    const done = store.load('p1');
    http
      .expectOne('/api/programs/p1')
      .flush({ statusCode: 404, code: 'not_found', message: 'Programm nicht gefunden' }, { status: 404, statusText: 'Not Found' });
    await done;
    expect(store.programFailed()).toBe(true);
    expect(store.programError()?.message).toBe('Programm nicht gefunden');
    expect(store.program()).toBeNull();
  });

  it('accepts lists as bare arrays or as {items} and offers only unpaired mentors and mentees', async () => {
    await loadProgram();
    const members = store.loadMembers();
    http.expectOne('/api/programs/p1/members').flush({
      items: [
        aMember({ userId: 'a', displayName: 'Zoe', roles: ['mentor'] }),
        aMember({ userId: 'b', displayName: 'Berta', roles: ['mentor'], tandemId: 't9' }),
        aMember({ userId: 'c', displayName: 'Carla', roles: ['mentee'] }),
        aMember({ userId: 'd', displayName: 'Alma', roles: ['mentor'] }),
      ],
    });
    await members;
    expect(store.unpairedMentors().map((m) => m.displayName)).toEqual(['Alma', 'Zoe']);
    expect(store.unpairedMentees().map((m) => m.userId)).toEqual(['c']);
  });

  it('adds a created tandem and marks both partners as paired', async () => {
    await loadProgram();
    const members = store.loadMembers();
    http
      .expectOne('/api/programs/p1/members')
      .flush(listOf([aMember({ userId: 'mentor1', roles: ['mentor'] }), aMember({ userId: 'mentee1', roles: ['mentee'] })]));
    await members;
    const tandems = store.loadTandems();
    http.expectOne('/api/programs/p1/tandems').flush(listOf([]));
    await tandems;

    const created = store.createTandem({ mentorId: 'mentor1', menteeId: 'mentee1' });
    const req = http.expectOne({ method: 'POST', url: '/api/programs/p1/tandems' });
    expect(req.request.body).toEqual({ mentorId: 'mentor1', menteeId: 'mentee1' });
    req.flush(aTandem());
    await created;

    expect(store.tandems()).toHaveLength(1);
    expect(store.unpairedMentors()).toEqual([]);
    expect(store.unpairedMentees()).toEqual([]);
  });

  it('rejects a refused tandem with the HTTP error and changes nothing', async () => {
    await loadProgram();
    const created = store.createTandem({ mentorId: 'x', menteeId: 'y' });
    http
      .expectOne('/api/programs/p1/tandems')
      .flush(
        { statusCode: 422, code: 'role_mismatch', message: 'Diese Person ist keine Mentorin' },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await expect(created).rejects.toBeInstanceOf(HttpErrorResponse);
    expect(store.tandems()).toEqual([]);
  });

  it('sends the reason only when ending a tandem and frees both partners', async () => {
    await loadProgram();
    const members = store.loadMembers();
    http.expectOne('/api/programs/p1/members').flush(listOf([aMember({ userId: 'mentor1', roles: ['mentor'], tandemId: 't1' })]));
    await members;

    const paused = store.changeTandemStatus('t1', 'paused', 'ignored');
    const pauseReq = http.expectOne({ method: 'PATCH', url: '/api/tandems/t1' });
    expect(pauseReq.request.body).toEqual({ status: 'paused' });
    pauseReq.flush(aTandem({ status: 'paused' }));
    await paused;

    const ended = store.changeTandemStatus('t1', 'ended', 'Umzug');
    const endReq = http.expectOne({ method: 'PATCH', url: '/api/tandems/t1' });
    expect(endReq.request.body).toEqual({ status: 'ended', endReason: 'Umzug' });
    endReq.flush(aTandem({ status: 'ended', endReason: 'Umzug' }));
    await ended;
    expect(store.unpairedMentors().map((m) => m.userId)).toEqual(['mentor1']);
  });

  it('adds an invited person to the member list', async () => {
    await loadProgram();
    const invited = store.invite({ email: 'neu@ecampus.example', displayName: 'Nora Neu', role: 'mentee' });
    http
      .expectOne({ method: 'POST', url: '/api/programs/p1/invitations' })
      .flush({ created: true, member: aMember({ userId: 'n', displayName: 'Nora Neu' }) });
    const result = await invited;
    expect(result.created).toBe(true);
    expect(store.members().map((m) => m.displayName)).toEqual(['Nora Neu']);
    await flush();
  });
});
