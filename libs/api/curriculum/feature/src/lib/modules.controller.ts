import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthUser } from '@ecampus/api/platform/auth';
import { IdParam } from '@ecampus/api/platform/http';
import { CurrentProgramAccess, ProgramRoles, type ProgramAccess } from '@ecampus/api/programs/access';
import {
  listOf,
  type LessonPreview,
  type List,
  type ModuleDetail,
  type ModuleHistoryEntry,
  type ModuleSummary,
} from '@ecampus/shared/contracts';
import {
  CopyModuleRequestDto,
  CreateModuleRequestDto,
  LessonPreviewDto,
  LessonPreviewRequestDto,
  ModuleDetailDto,
  ModuleHistoryDto,
  ModuleListDto,
  ModuleOrderRequestDto,
  ModuleSummaryDto,
  UpdateModuleRequestDto,
} from './dto';
import { moduleNotFound } from './curriculum.errors';
import { ModulesService } from './modules.service';

/** A malformed module id answers like an unknown module. */
export const ModuleId = () => IdParam('moduleId', moduleNotFound);

/**
 * Routes under a program. HTTP → service, nothing else: `@ProgramRoles()` checks the caller's
 * standing in the route's program (outsiders 404, members without the role 403, admins pass).
 */
@ApiTags('curriculum')
@ApiBearerAuth()
@Controller('programs/:programId')
export class ProgramModulesController {
  constructor(private readonly modules: ModulesService) {}

  @Get('modules')
  @ProgramRoles()
  @ApiOkResponse({ type: ModuleListDto })
  async list(@CurrentProgramAccess() access: ProgramAccess): Promise<List<ModuleSummary>> {
    return listOf(await this.modules.listModules(access));
  }

  @Post('modules')
  @ProgramRoles('trainer', 'coordinator')
  @ApiCreatedResponse({ type: ModuleSummaryDto })
  create(@CurrentProgramAccess() access: ProgramAccess, @Body() body: CreateModuleRequestDto): Promise<ModuleSummary> {
    return this.modules.createModule(access, body);
  }

  @Put('modules/order')
  @ProgramRoles('trainer', 'coordinator')
  @ApiOkResponse({ type: ModuleListDto })
  async reorder(@CurrentProgramAccess() access: ProgramAccess, @Body() body: ModuleOrderRequestDto): Promise<List<ModuleSummary>> {
    return listOf(await this.modules.reorderModules(access, body));
  }

  @Post('lesson-preview')
  @HttpCode(200)
  @ProgramRoles('trainer', 'coordinator')
  @ApiOkResponse({ type: LessonPreviewDto })
  preview(@CurrentProgramAccess() _access: ProgramAccess, @Body() body: LessonPreviewRequestDto): LessonPreview {
    return this.modules.preview(body);
  }
}

/** Routes of one module (its program is looked up by the service, which checks the caller's role there). */
@ApiTags('curriculum')
@ApiBearerAuth()
@Controller('modules/:moduleId')
export class ModulesController {
  constructor(private readonly modules: ModulesService) {}

  @Get()
  @ApiOkResponse({ type: ModuleDetailDto })
  get(@CurrentUser() caller: AuthUser, @ModuleId() moduleId: string): Promise<ModuleDetail> {
    return this.modules.getModule(caller, moduleId);
  }

  @Patch()
  @ApiOkResponse({ type: ModuleDetailDto })
  update(@CurrentUser() caller: AuthUser, @ModuleId() moduleId: string, @Body() body: UpdateModuleRequestDto): Promise<ModuleDetail> {
    return this.modules.updateModule(caller, moduleId, body);
  }

  @Post('publish')
  @HttpCode(200)
  @ApiOkResponse({ type: ModuleDetailDto })
  publish(@CurrentUser() caller: AuthUser, @ModuleId() moduleId: string): Promise<ModuleDetail> {
    return this.modules.setStatus(caller, moduleId, 'published');
  }

  @Post('unpublish')
  @HttpCode(200)
  @ApiOkResponse({ type: ModuleDetailDto })
  unpublish(@CurrentUser() caller: AuthUser, @ModuleId() moduleId: string): Promise<ModuleDetail> {
    return this.modules.setStatus(caller, moduleId, 'draft');
  }

  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@CurrentUser() caller: AuthUser, @ModuleId() moduleId: string): Promise<void> {
    return this.modules.deleteModule(caller, moduleId);
  }

  @Post('copy')
  @ApiCreatedResponse({ type: ModuleDetailDto })
  copy(@CurrentUser() caller: AuthUser, @ModuleId() moduleId: string, @Body() body: CopyModuleRequestDto): Promise<ModuleDetail> {
    return this.modules.copyModule(caller, moduleId, body);
  }

  @Get('history')
  @ApiOkResponse({ type: ModuleHistoryDto })
  async history(@CurrentUser() caller: AuthUser, @ModuleId() moduleId: string): Promise<List<ModuleHistoryEntry>> {
    return listOf(await this.modules.history(caller, moduleId));
  }
}
