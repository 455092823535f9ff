import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AdminOnly, CurrentUser, type AuthUser } from '@ecampus/api/platform/auth';
import { IdParam } from '@ecampus/api/platform/http';
import { listOf, type List, type PersonProgram } from '@ecampus/shared/contracts';
import { PersonProgramListDto } from './dto';
import { userNotFound } from './programs.errors';
import { ProgramsService } from './programs.service';

/**
 * A person's programs, under identity's `/users` (the admin's account page). Programs answers it
 * because it owns the roles; identity's own `/users` routes live in identity's feature.
 */
@ApiTags('programs')
@ApiBearerAuth()
@Controller('users')
export class UserProgramsController {
  constructor(private readonly programs: ProgramsService) {}

  @Get(':userId/programs')
  @AdminOnly()
  @ApiOkResponse({ type: PersonProgramListDto })
  async list(@CurrentUser() caller: AuthUser, @IdParam('userId', userNotFound) userId: string): Promise<List<PersonProgram>> {
    return listOf(await this.programs.listProgramsOfPerson(caller, userId));
  }
}
