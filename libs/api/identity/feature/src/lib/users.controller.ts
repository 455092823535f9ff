import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AdminOnly, CurrentUser, type AuthUser } from '@ecampus/api/platform/auth';
import { IdParam } from '@ecampus/api/platform/http';
import { accountNotFound } from '@ecampus/api/identity/accounts';
import type { Account, PagedList, User } from '@ecampus/shared/contracts';
import { AccountDto, AccountPageDto, CreateUserRequestDto, ListAccountsQueryDto, UpdateAccountRequestDto, UserDto } from './dto';
import { UsersService } from './users.service';

/** Account administration. */
@ApiTags('users')
@ApiBearerAuth()
@AdminOnly()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /** `?q=&page=&pageSize=`: search in name and e-mail. */
  @Get()
  @ApiOkResponse({ type: AccountPageDto })
  list(@Query() query: ListAccountsQueryDto): Promise<PagedList<Account>> {
    return this.users.list(query);
  }

  @Get(':userId')
  @ApiOkResponse({ type: AccountDto })
  get(@IdParam('userId', accountNotFound) userId: string): Promise<Account> {
    return this.users.get(userId);
  }

  /** Without a password the person is invited by mail (one-time set-password link). */
  @Post()
  @ApiCreatedResponse({ type: UserDto })
  create(@Body() body: CreateUserRequestDto, @CurrentUser() caller: AuthUser): Promise<User> {
    return this.users.create(body, caller);
  }

  /** Rename, deactivate (ends all her sessions at once) or reactivate. */
  @Patch(':userId')
  @ApiOkResponse({ type: AccountDto })
  update(
    @IdParam('userId', accountNotFound) userId: string,
    @Body() body: UpdateAccountRequestDto,
    @CurrentUser() caller: AuthUser,
  ): Promise<Account> {
    return this.users.update(userId, body, caller);
  }

  /** A new invitation mail; her older links stop working. */
  @Post(':userId/invitation')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse()
  resendInvitation(@IdParam('userId', accountNotFound) userId: string, @CurrentUser() caller: AuthUser): Promise<void> {
    return this.users.resendInvitation(userId, caller);
  }
}
