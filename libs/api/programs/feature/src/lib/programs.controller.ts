import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AdminOnly, CurrentUser, type AuthUser } from '@ecampus/api/platform/auth';
import { IdParam, ZodParam } from '@ecampus/api/platform/http';
import { programNotFound } from '@ecampus/api/programs/access';
import {
  ProgramRoleSchema,
  listOf,
  type InvitationResult,
  type List,
  type MyProgramProfile,
  type Program,
  type ProgramMember,
  type ProgramRole,
  type Tandem,
} from '@ecampus/shared/contracts';
import {
  AddMemberRequestDto,
  CreateProgramRequestDto,
  CreateTandemRequestDto,
  InvitationResultDto,
  InviteMemberRequestDto,
  ListMembersQueryDto,
  ListProgramsQueryDto,
  MyProgramProfileDto,
  ProgramDto,
  ProgramListDto,
  ProgramMemberDto,
  ProgramMemberListDto,
  TandemDto,
  TandemListDto,
  UpdateProfileRequestDto,
  UpdateProgramRequestDto,
} from './dto';
import { memberRoleNotFound } from './programs.errors';
import { ProgramsService } from './programs.service';
import { TandemsService } from './tandems.service';

/** A malformed program id answers like an unknown program. */
const ProgramId = () => IdParam('programId', programNotFound);

/** HTTP → service, nothing else: params, query and body arrive validated; every rule lives in the services. */
@ApiTags('programs')
@ApiBearerAuth()
@Controller('programs')
export class ProgramsController {
  constructor(
    private readonly programs: ProgramsService,
    private readonly tandems: TandemsService,
  ) {}

  @Post()
  @AdminOnly()
  @ApiCreatedResponse({ type: ProgramDto })
  create(@CurrentUser() caller: AuthUser, @Body() body: CreateProgramRequestDto): Promise<Program> {
    return this.programs.createProgram(caller, body);
  }

  @Get()
  @ApiOkResponse({ type: ProgramListDto })
  async list(@CurrentUser() caller: AuthUser, @Query() query: ListProgramsQueryDto): Promise<List<Program>> {
    return listOf(await this.programs.listPrograms(caller, { includeArchived: query.include === 'archived' }));
  }

  @Get(':programId')
  @ApiOkResponse({ type: ProgramDto })
  get(@CurrentUser() caller: AuthUser, @ProgramId() programId: string): Promise<Program> {
    return this.programs.getProgram(caller, programId);
  }

  @Patch(':programId')
  @ApiOkResponse({ type: ProgramDto })
  update(@CurrentUser() caller: AuthUser, @ProgramId() programId: string, @Body() body: UpdateProgramRequestDto): Promise<Program> {
    return this.programs.updateProgram(caller, programId, body);
  }

  @Post(':programId/archive')
  @HttpCode(200)
  @AdminOnly()
  @ApiOkResponse({ type: ProgramDto })
  archive(@CurrentUser() caller: AuthUser, @ProgramId() programId: string): Promise<Program> {
    return this.programs.archiveProgram(caller, programId);
  }

  @Post(':programId/unarchive')
  @HttpCode(200)
  @AdminOnly()
  @ApiOkResponse({ type: ProgramDto })
  unarchive(@CurrentUser() caller: AuthUser, @ProgramId() programId: string): Promise<Program> {
    return this.programs.unarchiveProgram(caller, programId);
  }

  @Get(':programId/members')
  @ApiOkResponse({ type: ProgramMemberListDto })
  async members(
    @CurrentUser() caller: AuthUser,
    @ProgramId() programId: string,
    @Query() query: ListMembersQueryDto,
  ): Promise<List<ProgramMember>> {
    return listOf(await this.programs.listMembers(caller, programId, query.role));
  }

  @Post(':programId/members')
  @ApiCreatedResponse({ type: ProgramMemberDto })
  addMember(@CurrentUser() caller: AuthUser, @ProgramId() programId: string, @Body() body: AddMemberRequestDto): Promise<ProgramMember> {
    return this.programs.addMember(caller, programId, body);
  }

  @Delete(':programId/members/:userId/roles/:role')
  @HttpCode(204)
  @ApiNoContentResponse()
  removeRole(
    @CurrentUser() caller: AuthUser,
    @ProgramId() programId: string,
    // A malformed person id holds no role here.
    @IdParam('userId', memberRoleNotFound) userId: string,
    @ZodParam('role', ProgramRoleSchema) role: ProgramRole,
  ): Promise<void> {
    return this.programs.removeMemberRole(caller, programId, userId, role);
  }

  @Post(':programId/invitations')
  @ApiCreatedResponse({ type: InvitationResultDto })
  invite(@CurrentUser() caller: AuthUser, @ProgramId() programId: string, @Body() body: InviteMemberRequestDto): Promise<InvitationResult> {
    return this.programs.invite(caller, programId, body);
  }

  @Get(':programId/profile')
  @ApiOkResponse({ type: MyProgramProfileDto })
  profile(@CurrentUser() caller: AuthUser, @ProgramId() programId: string): Promise<MyProgramProfile> {
    return this.programs.getMyProfile(caller, programId);
  }

  @Put(':programId/profile')
  @ApiOkResponse({ type: MyProgramProfileDto })
  updateProfile(
    @CurrentUser() caller: AuthUser,
    @ProgramId() programId: string,
    @Body() body: UpdateProfileRequestDto,
  ): Promise<MyProgramProfile> {
    return this.programs.updateMyProfile(caller, programId, body);
  }

  @Post(':programId/tandems')
  @ApiCreatedResponse({ type: TandemDto })
  createTandem(@CurrentUser() caller: AuthUser, @ProgramId() programId: string, @Body() body: CreateTandemRequestDto): Promise<Tandem> {
    return this.tandems.createTandem(caller, programId, body);
  }

  @Get(':programId/tandems')
  @ApiOkResponse({ type: TandemListDto })
  async listTandems(@CurrentUser() caller: AuthUser, @ProgramId() programId: string): Promise<List<Tandem>> {
    return listOf(await this.tandems.listTandems(caller, programId));
  }
}
