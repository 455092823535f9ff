import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { AdminOnly, CurrentUser, type AuthUser } from '@ecampus/api/platform/auth';
import type { User } from '@ecampus/shared/contracts';
import { CreateUserRequestDto, UserDto } from './dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@AdminOnly()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /** Without a password the person is invited by mail (one-time set-password link). */
  @Post()
  @ApiCreatedResponse({ type: UserDto })
  create(@Body() body: CreateUserRequestDto, @CurrentUser() caller: AuthUser): Promise<User> {
    return this.users.create(body, caller);
  }
}
