import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthUser } from '@ecampus/api/platform/auth';
import type { User } from '@ecampus/shared/contracts';
import { UserDto } from './dto';
import { IdentityService } from './identity.service';

@ApiTags('auth')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly identity: IdentityService) {}

  @Get()
  @ApiOkResponse({ type: UserDto })
  me(@CurrentUser() caller: AuthUser): Promise<User> {
    return this.identity.me(caller);
  }
}
