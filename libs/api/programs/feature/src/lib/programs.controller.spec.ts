import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { ApiZodValidationPipe } from '@ecampus/api/platform/http';
import type { PersonProgram, Program, ProgramMember, TandemDetail } from '@ecampus/shared/contracts';
import { ProgramsController } from './programs.controller';
import { ProgramsService } from './programs.service';
import { TandemsController } from './tandems.controller';
import { TandemsService } from './tandems.service';
import { UserProgramsController } from './user-programs.controller';

/*
 * The HTTP edge alone (controllers with the API's global zod pipe, fake services): params, query
 * and body reach the services validated and typed, with today's status codes for bad input.
 */

const P = '11111111-1111-4111-8111-111111111111';
const U = '33333333-3333-4333-8333-333333333333';
const caller = { id: '00000000-0000-4000-8000-000000000001', email: 'c@x', isAdmin: false };

describe('programs HTTP edge', () => {
  let app: NestFastifyApplication;
  const program: Program = {
    id: P,
    title: 'Programm',
    description: '',
    mode: 'classic',
    status: 'draft',
    startsOn: '2027-01-01',
    endsOn: '2027-06-30',
    applicationDeadline: null,
    freeOfCharge: true,
    timeCommitment: '',
    contactName: '',
    contactEmail: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    myRoles: [],
    myTandemId: null,
    archived: false,
    archivedAt: null,
  };
  const programs = {
    getProgram: jest.fn(async (): Promise<Program> => program),
    listMembers: jest.fn(async (): Promise<ProgramMember[]> => []),
    removeMemberRole: jest.fn(async () => undefined),
    listPrograms: jest.fn(async (): Promise<Program[]> => [program]),
    archiveProgram: jest.fn(async (): Promise<Program> => ({ ...program, archived: true })),
    listProgramsOfPerson: jest.fn(async (): Promise<PersonProgram[]> => []),
  } satisfies Pick<
    ProgramsService,
    'getProgram' | 'listMembers' | 'removeMemberRole' | 'listPrograms' | 'archiveProgram' | 'listProgramsOfPerson'
  >;
  const tandems = {
    getTandem: jest.fn((): Promise<TandemDetail> => Promise.reject(new Error('not reached in these tests'))),
  } satisfies Pick<TandemsService, 'getTandem'>;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      controllers: [ProgramsController, TandemsController, UserProgramsController],
      providers: [
        { provide: ProgramsService, useValue: programs },
        { provide: TandemsService, useValue: tandems },
      ],
    }).compile();
    // The API's adapter (decision 032), without the rest of the platform.
    app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
    app.useGlobalPipes(new ApiZodValidationPipe());
    // What the platform's JwtAuthGuard does for a valid bearer token.
    app
      .getHttpAdapter()
      .getInstance()
      .addHook('onRequest', (req, _reply, done) => {
        (req as { user?: typeof caller }).user = caller;
        done();
      });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app?.close();
  });

  beforeEach(() => jest.clearAllMocks());

  const http = () => request(app.getHttpServer());

  it('malformed program and tandem ids answer 404 without reaching a service', async () => {
    for (const url of ['/programs/not-a-uuid', `/programs/1'%20OR%20'1'='1`, '/tandems/123']) {
      const res = await http().get(url).expect(404);
      expect(res.body).toMatchObject({ code: 'not_found', message: expect.any(String) });
    }
    expect(programs.getProgram).not.toHaveBeenCalled();
    expect(tandems.getTandem).not.toHaveBeenCalled();
    await http().get(`/programs/${P}`).expect(200);
    expect(programs.getProgram).toHaveBeenCalledWith(caller, P);
  });

  it('the role filter arrives typed; empty means none; unknown or repeated is a 400 on fields.role', async () => {
    await http().get(`/programs/${P}/members?role=mentor`).expect(200);
    expect(programs.listMembers).toHaveBeenLastCalledWith(caller, P, 'mentor');
    await http().get(`/programs/${P}/members?role=`).expect(200);
    expect(programs.listMembers).toHaveBeenLastCalledWith(caller, P, undefined);
    for (const query of ['role=king', 'role=mentor&role=mentee']) {
      const res = await http().get(`/programs/${P}/members?${query}`).expect(400);
      expect(res.body).toMatchObject({ code: 'validation_failed', fields: { role: expect.any(String) } });
    }
    expect(programs.listMembers).toHaveBeenCalledTimes(2);
  });

  it('removing a role: malformed person id 404, unknown role name 400 on fields.role', async () => {
    await http().delete(`/programs/${P}/members/abc/roles/mentee`).expect(404);
    const bad = await http().delete(`/programs/${P}/members/${U}/roles/king`).expect(400);
    expect(bad.body).toMatchObject({ code: 'validation_failed', fields: { role: expect.any(String) } });
    expect(programs.removeMemberRole).not.toHaveBeenCalled();
    await http().delete(`/programs/${P}/members/${U}/roles/trainer`).expect(204);
    expect(programs.removeMemberRole).toHaveBeenCalledWith(caller, P, U, 'trainer');
  });

  it('the programs list: include=archived arrives as a flag; anything else is a 400 on fields.include', async () => {
    await http()
      .get('/programs')
      .expect(200, { items: [program], total: 1 });
    expect(programs.listPrograms).toHaveBeenLastCalledWith(caller, { includeArchived: false });
    await http().get('/programs?include=archived').expect(200);
    expect(programs.listPrograms).toHaveBeenLastCalledWith(caller, { includeArchived: true });
    for (const query of ['include=deleted', 'include=archived&include=archived']) {
      const res = await http().get(`/programs?${query}`).expect(400);
      expect(res.body).toMatchObject({ code: 'validation_failed', fields: { include: expect.any(String) } });
    }
    expect(programs.listPrograms).toHaveBeenCalledTimes(2);
  });

  it('archive answers 200 with the program; malformed ids 404 without reaching a service', async () => {
    await http().post('/programs/nope/archive').expect(404);
    await http().get('/users/nope/programs').expect(404);
    expect(programs.archiveProgram).not.toHaveBeenCalled();
    expect(programs.listProgramsOfPerson).not.toHaveBeenCalled();
    const res = await http().post(`/programs/${P}/archive`).expect(200);
    expect(res.body).toMatchObject({ id: P, archived: true });
    await http().get(`/users/${U}/programs`).expect(200, { items: [], total: 0 });
    expect(programs.listProgramsOfPerson).toHaveBeenCalledWith(caller, U);
  });
});
