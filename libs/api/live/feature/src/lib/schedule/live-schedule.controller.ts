import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthUser } from '@ecampus/api/platform/auth';
import { CurrentProgramAccess, ProgramRoles, type ProgramAccess } from '@ecampus/api/programs/access';
import { listOf, type List, type LiveSession } from '@ecampus/shared/contracts';
import { LiveScheduleService } from './live-schedule.service';
import { LiveSessionId } from './live-session-id';
import {
  CreateLiveSessionRequestDto,
  LiveSessionDto,
  LiveSessionListDto,
  LiveSessionListQueryDto,
  UpdateLiveSessionRequestDto,
} from './schedule.dto';

/**
 * Sessions of a program. HTTP → service, nothing else: `@ProgramRoles()` checks the caller's
 * standing in the route's program (outsiders 404, members without the role 403, admins pass).
 */
@ApiTags('live')
@ApiBearerAuth()
@Controller('programs/:programId/live-sessions')
export class ProgramLiveSessionsController {
  constructor(private readonly schedule: LiveScheduleService) {}

  @Post()
  @ProgramRoles('trainer', 'coordinator')
  @ApiCreatedResponse({ type: LiveSessionDto })
  create(@CurrentProgramAccess() access: ProgramAccess, @Body() body: CreateLiveSessionRequestDto): Promise<LiveSession> {
    return this.schedule.create(access, body);
  }

  @Get()
  @ProgramRoles()
  @ApiOkResponse({ type: LiveSessionListDto })
  async list(@CurrentProgramAccess() access: ProgramAccess, @Query() query: LiveSessionListQueryDto): Promise<List<LiveSession>> {
    return listOf(await this.schedule.list(access, query));
  }
}

/** One session (its program is looked up by LiveSessionAccess, which checks the caller's role there). */
@ApiTags('live')
@ApiBearerAuth()
@Controller('live-sessions/:sessionId')
export class LiveSessionsController {
  constructor(private readonly schedule: LiveScheduleService) {}

  @Get()
  @ApiOkResponse({ type: LiveSessionDto })
  get(@CurrentUser() caller: AuthUser, @LiveSessionId() sessionId: string): Promise<LiveSession> {
    return this.schedule.get(caller, sessionId);
  }

  @Patch()
  @ApiOkResponse({ type: LiveSessionDto })
  update(
    @CurrentUser() caller: AuthUser,
    @LiveSessionId() sessionId: string,
    @Body() body: UpdateLiveSessionRequestDto,
  ): Promise<LiveSession> {
    return this.schedule.update(caller, sessionId, body);
  }

  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@CurrentUser() caller: AuthUser, @LiveSessionId() sessionId: string): Promise<void> {
    return this.schedule.remove(caller, sessionId);
  }

  @Post('start')
  @HttpCode(200)
  @ApiOkResponse({ type: LiveSessionDto })
  start(@CurrentUser() caller: AuthUser, @LiveSessionId() sessionId: string): Promise<LiveSession> {
    return this.schedule.start(caller, sessionId);
  }

  @Post('end')
  @HttpCode(200)
  @ApiOkResponse({ type: LiveSessionDto })
  end(@CurrentUser() caller: AuthUser, @LiveSessionId() sessionId: string): Promise<LiveSession> {
    return this.schedule.end(caller, sessionId);
  }
}
