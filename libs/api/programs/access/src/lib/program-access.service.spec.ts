import { HttpException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ProgramRole } from '@ecampus/shared/contracts';
import { ProgramAccessService } from './program-access.service';
import { ProgramRoles, ProgramRolesGuard } from './program-roles.guard';

const P = '11111111-1111-4111-8111-111111111111';
const TRAINER = '33333333-3333-4333-8333-333333333333';
const MENTEE = '55555555-5555-4555-8555-555555555555';
const OUTSIDER = '77777777-7777-4777-8777-777777777777';

const roles: Record<string, ProgramRole[]> = { [TRAINER]: ['trainer'], [MENTEE]: ['mentee'] };
const repo = {
  programExists: jest.fn(async (id: string) => id === P),
  rolesOf: jest.fn(async (pid: string, uid: string) => (pid === P ? (roles[uid] ?? []) : [])),
  currentTandemOf: jest.fn(async () => null),
  findTandem: jest.fn(async () => null),
};
const service = new ProgramAccessService(repo as never);

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
    ['admin', { id: OUTSIDER, isAdmin: true }, P, 200],
    ['admin, unknown program', { id: OUTSIDER, isAdmin: true }, '99999999-9999-4999-8999-999999999999', 404],
    ['trainer', { id: TRAINER, isAdmin: false }, P, 200],
    ['mentee', { id: MENTEE, isAdmin: false }, P, 403],
    ['outsider', { id: OUTSIDER, isAdmin: false }, P, 404],
    ['malformed id', { id: TRAINER, isAdmin: false }, 'x', 404],
  ])('assertRole(trainer) as %s → %i', async (_n, caller, programId, expected) => {
    expect(await status(service.assertRole(caller, programId, ['trainer', 'coordinator']))).toBe(expected);
  });

  it('rolesOf never sends a malformed id to the database', async () => {
    repo.rolesOf.mockClear();
    expect(await service.rolesOf('x', TRAINER)).toEqual([]);
    expect(repo.rolesOf).not.toHaveBeenCalled();
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
  const ctx = (user: unknown, programId: string, req: Record<string, unknown> = {}) =>
    ({
      getHandler: () => Controller.prototype.handler,
      getClass: () => Controller,
      switchToHttp: () => ({ getRequest: () => Object.assign(req, { user, params: { programId } }) }),
    }) as unknown as ExecutionContext;

  it('lets the trainer through and records the access; 403 for the mentee; 404 for an outsider; 401 without user', async () => {
    const req: Record<string, unknown> = {};
    expect(await guard.canActivate(ctx({ id: TRAINER, isAdmin: false }, P, req))).toBe(true);
    expect(req['programAccess']).toMatchObject({ programId: P, roles: ['trainer'] });
    expect(await status(guard.canActivate(ctx({ id: MENTEE, isAdmin: false }, P)))).toBe(403);
    expect(await status(guard.canActivate(ctx({ id: OUTSIDER, isAdmin: false }, P)))).toBe(404);
    expect(await status(guard.canActivate(ctx(undefined, P)))).toBe(401);
  });
});
