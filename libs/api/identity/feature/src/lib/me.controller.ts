import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthUser } from '@ecampus/api/platform/auth';
import { listOf, type List, type Session, type User } from '@ecampus/shared/contracts';
import { ChangePasswordRequestDto, SessionListDto, UserDto } from './dto';
import { IdentityService } from './identity.service';
import { SessionsService } from './sessions.service';

/** The signed-in person herself: her account, her sessions, her password. */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    private readonly identity: IdentityService,
    private readonly sessions: SessionsService,
  ) {}

  @Get()
  @ApiOkResponse({ type: UserDto })
  me(@CurrentUser() caller: AuthUser): Promise<User> {
    return this.identity.me(caller);
  }

  @Get('sessions')
  @ApiOkResponse({ type: SessionListDto })
  async listSessions(@CurrentUser() caller: AuthUser): Promise<List<Session>> {
    return listOf(await this.sessions.list(caller));
  }

  /** Ends one of her sessions (404 for any id that is not one of her live sessions). */
  @Delete('sessions/:sessionId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  endSession(@CurrentUser() caller: AuthUser, @Param('sessionId') sessionId: string): Promise<void> {
    return this.sessions.endOwn(caller, sessionId);
  }

  /** Every *other* session ends; 400 at `currentPassword` / `newPassword`. */
  @Post('password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  changePassword(@CurrentUser() caller: AuthUser, @Body() body: ChangePasswordRequestDto): Promise<void> {
    return this.identity.changePassword(caller, body);
  }
}
