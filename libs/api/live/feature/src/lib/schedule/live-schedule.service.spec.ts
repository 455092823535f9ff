import type { ProgramAccess } from '@ecampus/api/programs/access';
import { LiveErrorCode } from '@ecampus/shared/contracts';
import type { EntityManager } from 'typeorm';
import type { LiveSessionView } from '../session/live-session.rules';
import type { LiveSessionFields } from './live-schedule.repository';
import {
  LiveScheduleService,
  type ScheduleAccess,
  type ScheduleJobs,
  type ScheduleLifecycle,
  type ScheduleQueries,
  type ScheduleViews,
} from './live-schedule.service';

const MINUTE = 60_000;
const now = new Date('2027-03-01T10:00:00Z');
const tx = {} as EntityManager;

const access = (roles: ProgramAccess['roles'], extra: Partial<ProgramAccess> = {}): ProgramAccess =>
  ({ programId: 'p1', userId: 'u-trainer', isAdmin: false, roles, archived: false, currentTandem: null, ...extra }) as ProgramAccess;

const view = (over: Partial<LiveSessionView> = {}): LiveSessionView => ({
  id: 's1',
  programId: 'p1',
  moduleId: null,
  moduleTitle: null,
  title: 'Seminar',
  description: '',
  startsAt: new Date(now.getTime() + 10 * MINUTE),
  durationMinutes: 60,
  status: 'scheduled',
  startedAt: null,
  endedAt: null,
  createdAt: now,
  trainers: [],
  ...over,
});

/** The service on typed fakes: what it asked the repository, the lifecycle and the queue. */
function setup(opts: { session?: LiveSessionView; eligible?: string[]; modules?: string[] } = {}) {
  let current = opts.session ?? view();
  const inserted: { fields: LiveSessionFields; trainers: string[] }[] = [];
  const planned: string[] = [];
  const transitions: string[] = [];
  const queries: ScheduleQueries = {
    transaction: (work) => work(tx),
    moduleInProgram: async (_p, moduleId) => (opts.modules ?? []).includes(moduleId),
    trainersAmong: async (_p, ids) => ids.filter((id) => (opts.eligible ?? []).includes(id)),
    insert: async (_p, fields) => {
      inserted.push({ fields, trainers: [] });
      return 's1';
    },
    setTrainers: async (_s, ids) => {
      if (inserted.length) inserted[inserted.length - 1].trainers = ids;
    },
    lock: async () => ({ ...current }),
    update: async (_s, fields) => {
      current = { ...current, ...fields };
    },
    deleteScheduled: async () => current.status === 'scheduled',
    list: async () => [current],
  };
  const views: ScheduleViews = { findView: async () => current };
  const guard: ScheduleAccess = {
    toSession: async () => ({ session: current, access: access(['mentee']), moderator: false }),
    toModerate: async () => ({ session: current, access: access(['trainer']), moderator: true }),
    toEdit: async () => ({ session: current, access: access(['trainer']), moderator: true }),
  };
  const lifecycle: ScheduleLifecycle = {
    start: async (_id, at) => {
      transitions.push('start');
      current = { ...current, status: 'live', startedAt: at };
      return true;
    },
    end: async (_id, at) => {
      transitions.push('end');
      current = { ...current, status: 'ended', endedAt: at };
      return true;
    },
  };
  const jobs: ScheduleJobs = {
    plan: async (s) => {
      planned.push(s.id);
      return 1;
    },
  };
  const service = new LiveScheduleService(queries, views, guard, lifecycle, jobs, { now: () => now });
  return { service, inserted, planned, transitions, set: (s: Partial<LiveSessionView>) => (current = { ...current, ...s }) };
}

const caller = { id: 'u-trainer', isAdmin: false };
const body = { title: 'Seminar', startsAt: new Date(now.getTime() + 60 * MINUTE).toISOString(), durationMinutes: 60 };
const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return ((e as { getResponse(): { code: string } }).getResponse?.() ?? { code: String(e) }).code;
  }
};

describe('LiveScheduleService', () => {
  it('creates with the creator as default trainer when she is one, and plans the jobs after the insert', async () => {
    const { service, inserted, planned } = setup({ eligible: ['u-trainer'] });
    await service.create(access(['trainer']), body);
    expect(inserted[0].trainers).toEqual(['u-trainer']);
    expect(planned).toEqual(['s1']);
    const admin = setup();
    await admin.service.create(access([], { isAdmin: true }), body);
    expect(admin.inserted[0].trainers).toEqual([]);
  });

  it('refuses a start in the past, a foreign module, trainers without the role, an archived program', async () => {
    const { service, inserted } = setup({ eligible: ['u-trainer', 't2'], modules: ['m1'] });
    expect(await codeOf(service.create(access(['trainer']), { ...body, startsAt: new Date(now.getTime() - MINUTE).toISOString() }))).toBe(
      LiveErrorCode.StartsInPast,
    );
    expect(await codeOf(service.create(access(['trainer']), { ...body, moduleId: 'm2' }))).toBe(LiveErrorCode.InvalidModule);
    expect(await codeOf(service.create(access(['trainer']), { ...body, trainerIds: ['t2', 'mentee'] }))).toBe(
      LiveErrorCode.InvalidTrainers,
    );
    expect(await codeOf(service.create(access(['trainer'], { archived: true }), body))).toBe('program_archived');
    expect(inserted).toEqual([]);
    expect(await codeOf(service.create(access(['trainer']), { ...body, moduleId: 'm1', trainerIds: ['t2'] }))).toBe('ok');
  });

  it('starts only within 15 minutes before the start and before the end; live is idempotent; ended 422', async () => {
    const early = setup({ session: view({ startsAt: new Date(now.getTime() + 16 * MINUTE) }) });
    expect(await codeOf(early.service.start(caller, 's1'))).toBe(LiveErrorCode.SessionNotOpen);
    const over = setup({ session: view({ startsAt: new Date(now.getTime() - 60 * MINUTE) }) });
    expect(await codeOf(over.service.start(caller, 's1'))).toBe(LiveErrorCode.SessionNotOpen);

    const ok = setup({ session: view({ startsAt: new Date(now.getTime() + 15 * MINUTE) }) });
    expect((await ok.service.start(caller, 's1')).status).toBe('live');
    expect((await ok.service.start(caller, 's1')).status).toBe('live');
    expect(ok.transitions).toEqual(['start']);
    expect((await ok.service.end(caller, 's1')).status).toBe('ended');
    expect((await ok.service.end(caller, 's1')).status).toBe('ended');
    expect(ok.transitions).toEqual(['start', 'end']);
    expect(await codeOf(ok.service.start(caller, 's1'))).toBe(LiveErrorCode.SessionEnded);
  });

  it('edits and deletes only while scheduled (409)', async () => {
    const { service, set, planned } = setup();
    expect((await service.update(caller, 's1', { title: 'Neu' })).title).toBe('Neu');
    expect(planned).toEqual(['s1']);
    set({ status: 'live' });
    expect(await codeOf(service.update(caller, 's1', { title: 'x' }))).toBe(LiveErrorCode.NotScheduled);
    expect(await codeOf(service.remove(caller, 's1'))).toBe(LiveErrorCode.NotScheduled);
  });

  it('lists with canModerate per caller and refuses a reversed window', async () => {
    const { service } = setup();
    expect((await service.list(access(['mentee']), {}))[0].canModerate).toBe(false);
    expect((await service.list(access(['coordinator']), {}))[0].canModerate).toBe(true);
    expect(await codeOf(service.list(access(['mentee']), { from: '2027-03-02T00:00:00Z', to: '2027-03-01T00:00:00Z' }))).toBe(
      'validation_failed',
    );
  });
});
