import { HttpException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import type { ProgramRole } from '@ecampus/shared/contracts';
import type { ProgramStandingRow, TandemRef } from './program-access.repository';
import { ProgramAccessService, assertNotArchived, type ProgramAccessQueries } from './program-access.service';
import { ProgramRoles, ProgramRolesGuard } from './program-roles.guard';

const P = '11111111-1111-4111-8111-111111111111';
const T = '22222222-2222-4222-8222-222222222222';
const TRAINER = '33333333-3333-4333-8333-333333333333';
const MENTOR = '44444444-4444-4444-8444-444444444444';
const MENTEE = '55555555-5555-4555-8555-555555555555';
const OTHER_MENTEE = '66666666-6666-4666-8666-666666666666';
const OUTSIDER = '77777777-7777-4777-8777-777777777777';
/** Was the mentee of the ended tandem ENDED; her role has been removed since. */
const FORMER_MENTEE = '88888888-8888-4888-8888-888888888888';
const ENDED = '99999999-9999-4999-8999-000000000001';

const roles: Record<string, ProgramRole[]> = {
  [TRAINER]: ['trainer'],
  [MENTOR]: ['mentor'],
  [MENTEE]: ['mentee'],
  [OTHER_MENTEE]: ['mentee'],
};
const tandem: TandemRef = { id: T, programId: P, mentorId: MENTOR, menteeId: MENTEE, status: 'active' };
const ended: TandemRef = { id: ENDED, programId: P, mentorId: MENTOR, menteeId: FORMER_MENTEE, status: 'ended' };

/** The repository's answers for one program with one active and one ended tandem. */
const repo: jest.Mocked<ProgramAccessQueries> = {
  standingOf: jest.fn(async (pid: string, uid: string): Promise<ProgramStandingRow | null> =>
    pid === P ? { roles: roles[uid] ?? [], currentTandem: uid === MENTOR || uid === MENTEE ? tandem : null, archived: false } : null,
  ),
  findTandem: jest.fn(async (id: string) => (id === T ? tandem : id === ENDED ? ended : null)),
};
const service = new ProgramAccessService(repo);

const status = async (p: Promise<unknown>) => {
  try {
    await p;
    return 200;
  } catch (e) {
    return (e as HttpException).getStatus();
  }
};

describe('ProgramAccessService', () => {
  it.each([
    ['admin', 200, { id: OUTSIDER, isAdmin: true }, P],
    ['admin, unknown program', 404, { id: OUTSIDER, isAdmin: true }, '99999999-9999-4999-8999-999999999999'],
    ['trainer', 200, { id: TRAINER, isAdmin: false }, P],
    ['mentee', 403, { id: MENTEE, isAdmin: false }, P],
    ['outsider', 404, { id: OUTSIDER, isAdmin: false }, P],
  ])('assertRole(trainer) as %s → %i', async (_n, expected, caller, programId) => {
    expect(await status(service.assertRole(caller, programId, ['trainer', 'coordinator']))).toBe(expected);
  });

  it('answers roles and current tandem together', async () => {
    expect(await service.standingOf(P, MENTEE)).toEqual({ roles: ['mentee'], currentTandem: tandem });
    expect(await service.standingOf(P, TRAINER)).toEqual({ roles: ['trainer'], currentTandem: null });
    await expect(service.accessOf({ id: MENTOR, isAdmin: false }, P)).resolves.toMatchObject({
      roles: ['mentor'],
      currentTandem: { id: T },
      archived: false,
    });
    expect(await service.standingOf('99999999-9999-4999-8999-999999999999', MENTOR)).toEqual({ roles: [], currentTandem: null });
  });

  it('access follows membership: a former partner without her role no longer sees her ended tandem (404); the mentor still does', async () => {
    expect(await status(service.tandemAccess({ id: FORMER_MENTEE, isAdmin: false }, ENDED))).toBe(404);
    await expect(service.tandemAccess({ id: MENTOR, isAdmin: false }, ENDED)).resolves.toMatchObject({ side: 'mentor' });
    // A partner who now holds a different role is not her old side any more.
    roles[FORMER_MENTEE] = ['mentor'];
    try {
      expect(await status(service.tandemAccess({ id: FORMER_MENTEE, isAdmin: false }, ENDED))).toBe(404);
    } finally {
      delete roles[FORMER_MENTEE];
    }
  });

  it('an archived program is read-only: 422 program_archived', () => {
    expect(() => assertNotArchived({ archived: false })).not.toThrow();
    let error: unknown;
    try {
      assertNotArchived({ archived: true });
    } catch (e) {
      error = e;
    }
    expect((error as HttpException).getStatus()).toBe(422);
    expect((error as HttpException).getResponse()).toMatchObject({ code: 'program_archived' });
  });

  it('shows a tandem to its partners and the staff, hides it from other participants (404)', async () => {
    await expect(service.tandemAccess({ id: MENTEE, isAdmin: false }, T)).resolves.toMatchObject({ side: 'mentee', isStaff: false });
    await expect(service.tandemAccess({ id: TRAINER, isAdmin: false }, T)).resolves.toMatchObject({
      side: null,
      isStaff: true,
      isCoordinator: false,
    });
    await expect(service.tandemAccess({ id: OUTSIDER, isAdmin: true }, T)).resolves.toMatchObject({ isStaff: true, isCoordinator: true });
    expect(await status(service.tandemAccess({ id: OTHER_MENTEE, isAdmin: false }, T))).toBe(404);
    expect(await status(service.tandemAccess({ id: MENTEE, isAdmin: false }, '99999999-9999-4999-8999-999999999999'))).toBe(404);
  });
});

describe('@ProgramRoles guard', () => {
  class Controller {
    @ProgramRoles('trainer')
    handler() {
      return undefined;
    }
  }
  const guard = new ProgramRolesGuard(new Reflector(), service);

  // Nest's own context class: what the guard sees for one HTTP request.
  const ctx = (user: unknown, programId: string, req: Record<string, unknown> = {}) =>
    new ExecutionContextHost([Object.assign(req, { user, params: { programId } })], Controller, Controller.prototype.handler);

  it('lets the trainer through and records the access; 403 for the mentee; 404 for an outsider; 401 without user', async () => {
    const req: Record<string, unknown> = {};
    expect(await guard.canActivate(ctx({ id: TRAINER, isAdmin: false }, P, req))).toBe(true);
    expect(req['programAccess']).toMatchObject({ programId: P, roles: ['trainer'] });
    expect(await status(guard.canActivate(ctx({ id: MENTEE, isAdmin: false }, P)))).toBe(403);
    expect(await status(guard.canActivate(ctx({ id: OUTSIDER, isAdmin: false }, P)))).toBe(404);
    expect(await status(guard.canActivate(ctx(undefined, P)))).toBe(401);
  });

  it('never sends a malformed program id to the database (404)', async () => {
    repo.standingOf.mockClear();
    expect(await status(guard.canActivate(ctx({ id: TRAINER, isAdmin: false }, 'x')))).toBe(404);
    expect(repo.standingOf).not.toHaveBeenCalled();
  });
});
