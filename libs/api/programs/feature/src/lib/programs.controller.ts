import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AdminOnly, CurrentUser, type AuthUser } from '@ecampus/api/platform/auth';
import type { InvitationResult, MyProgramProfile, Program, ProgramMember, Tandem } from '@ecampus/shared/contracts';
import {
  AddMemberRequestDto,
  CreateProgramRequestDto,
  CreateTandemRequestDto,
  InvitationResultDto,
  InviteMemberRequestDto,
  MyProgramProfileDto,
  ProgramDto,
  ProgramMemberDto,
  TandemDto,
  UpdateProfileRequestDto,
  UpdateProgramRequestDto,
} from './dto';
import { ProgramsService } from './programs.service';
import { TandemsService } from './tandems.service';

/** HTTP → service, nothing else: every rule and authorisation check lives in the services. */
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
  @ApiOkResponse({ type: ProgramDto, isArray: true })
  list(@CurrentUser() caller: AuthUser): Promise<Program[]> {
    return this.programs.listPrograms(caller);
  }

  @Get(':programId')
  @ApiOkResponse({ type: ProgramDto })
  get(@CurrentUser() caller: AuthUser, @Param('programId') programId: string): Promise<Program> {
    return this.programs.getProgram(caller, programId);
  }

  @Patch(':programId')
  @ApiOkResponse({ type: ProgramDto })
  update(@CurrentUser() caller: AuthUser, @Param('programId') programId: string, @Body() body: UpdateProgramRequestDto): Promise<Program> {
    return this.programs.updateProgram(caller, programId, body);
  }

  @Get(':programId/members')
  @ApiQuery({ name: 'role', required: false, enum: ['coordinator', 'trainer', 'mentor', 'mentee'] })
  @ApiOkResponse({ type: ProgramMemberDto, isArray: true })
  members(@CurrentUser() caller: AuthUser, @Param('programId') programId: string, @Query('role') role?: unknown): Promise<ProgramMember[]> {
    return this.programs.listMembers(caller, programId, role);
  }

  @Post(':programId/members')
  @ApiCreatedResponse({ type: ProgramMemberDto })
  addMember(@CurrentUser() caller: AuthUser, @Param('programId') programId: string, @Body() body: AddMemberRequestDto): Promise<ProgramMember> {
    return this.programs.addMember(caller, programId, body);
  }

  @Delete(':programId/members/:userId/roles/:role')
  @HttpCode(204)
  @ApiNoContentResponse()
  removeRole(
    @CurrentUser() caller: AuthUser,
    @Param('programId') programId: string,
    @Param('userId') userId: string,
    @Param('role') role: string,
  ): Promise<void> {
    return this.programs.removeMemberRole(caller, programId, userId, role);
  }

  @Post(':programId/invitations')
  @ApiCreatedResponse({ type: InvitationResultDto })
  invite(@CurrentUser() caller: AuthUser, @Param('programId') programId: string, @Body() body: InviteMemberRequestDto): Promise<InvitationResult> {
    return this.programs.invite(caller, programId, body);
  }

  @Get(':programId/profile')
  @ApiOkResponse({ type: MyProgramProfileDto })
  profile(@CurrentUser() caller: AuthUser, @Param('programId') programId: string): Promise<MyProgramProfile> {
    return this.programs.getMyProfile(caller, programId);
  }

  @Put(':programId/profile')
  @ApiOkResponse({ type: MyProgramProfileDto })
  updateProfile(@CurrentUser() caller: AuthUser, @Param('programId') programId: string, @Body() body: UpdateProfileRequestDto): Promise<MyProgramProfile> {
    return this.programs.updateMyProfile(caller, programId, body);
  }

  @Post(':programId/tandems')
  @ApiCreatedResponse({ type: TandemDto })
  createTandem(@CurrentUser() caller: AuthUser, @Param('programId') programId: string, @Body() body: CreateTandemRequestDto): Promise<Tandem> {
    return this.tandems.createTandem(caller, programId, body);
  }

  @Get(':programId/tandems')
  @ApiOkResponse({ type: TandemDto, isArray: true })
  listTandems(@CurrentUser() caller: AuthUser, @Param('programId') programId: string): Promise<Tandem[]> {
    return this.tandems.listTandems(caller, programId);
  }
}
