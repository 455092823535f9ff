import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentProgramAccess, ProgramRoles, type ProgramAccess } from '@ecampus/api/programs/access';
import { listOf, type List, type CurriculumItem } from '@ecampus/shared/contracts';
import { CreateCurriculumItemRequestDto, CurriculumItemDto, CurriculumItemListDto } from './dto';
import { CurriculumService } from './curriculum.service';

/**
 * HTTP → service, nothing else. `@ProgramRoles()` checks the caller's standing in the route's
 * program (outsiders 404, members without the role 403, admins pass); bodies arrive validated.
 */
@ApiTags('curriculum')
@ApiBearerAuth()
@Controller('programs/:programId/curriculum')
export class CurriculumController {
  constructor(private readonly service: CurriculumService) {}

  @Get()
  @ProgramRoles()
  @ApiOkResponse({ type: CurriculumItemListDto })
  async list(@CurrentProgramAccess() access: ProgramAccess): Promise<List<CurriculumItem>> {
    return listOf(await this.service.listItems(access));
  }

  @Post()
  @ProgramRoles('coordinator')
  @ApiCreatedResponse({ type: CurriculumItemDto })
  create(@CurrentProgramAccess() access: ProgramAccess, @Body() body: CreateCurriculumItemRequestDto): Promise<CurriculumItem> {
    return this.service.createItem(access, body);
  }
}
