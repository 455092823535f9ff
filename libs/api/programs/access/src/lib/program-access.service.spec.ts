import { HttpException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import type { ProgramRole } from '@ecampus/shared/contracts';
import type { ProgramStanding, TandemRef } from './program-access.repository';
import { ProgramAccessService, type ProgramAccessQueries } from './program-access.service';
import { ProgramRoles, ProgramRolesGuard } from './program-roles.guard';

const P = '11111111-1111-4111-8111-111111111111';
const T = '22222222-2222-4222-8222-222222222222';
const TRAINER = '33333333-3333-4333-8333-333333333333';
const MENTOR = '44444444-4444-4444-8444-444444444444';
const MENTEE = '55555555-5555-4555-8555-555555555555';
const OTHER_MENTEE = '66666666-6666-4666-8666-666666666666';
const OUTSIDER = '77777777-7777-4777-8777-777777777777';

const roles: Record<string, ProgramRole[]> = {
  [TRAINER]: ['trainer'],
  [MENTOR]: ['mentor'],
  [MENTEE]: ['mentee'],
  [OTHER_MENTEE]: ['mentee'],
};
const tandem: TandemRef = { id: T, programId: P, mentorId: MENTOR, menteeId: MENTEE, status: 'active' };

/** The repository's answers for one program with one tandem. */
const repo: jest.Mocked<ProgramAccessQueries> = {
  programExists: jest.fn(async (id: string) => id === P),
  standingOf: jest.fn(async (pid: string, uid: string): Promise<ProgramStanding> => ({
    roles: pid === P ? (roles[uid] ?? []) : [],
    currentTandem: pid === P && (uid === MENTOR || uid === MENTEE) ? tandem : null,
  })),
  findTandem: jest.fn(async (id: string) => (id === T ? tandem : null)),
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
    });
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
