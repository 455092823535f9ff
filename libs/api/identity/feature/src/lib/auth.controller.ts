import { Body, Controller, HttpCode, HttpStatus, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CookieOptions, Request, Response } from 'express';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { Public } from '@ecampus/api/platform/auth';
import type { LoginResponse } from '@ecampus/shared/contracts';
import { LoginRequestDto, LoginResponseDto, SetPasswordRequestDto } from './dto';
import { IdentityService, type IssuedSession } from './identity.service';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { REFRESH_COOKIE, REFRESH_COOKIE_PATH } from './refresh-token';

const userAgent = (req: Request): string | null => req.get('user-agent')?.slice(0, 300) ?? null;
const cookieToken = (req: Request): string | undefined => {
  const v = (req.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE];
  return typeof v === 'string' && v ? v : undefined;
};

/** HTTP ↔ IdentityService; cookies are the only thing handled here. */
@ApiTags('auth')
@Public()
@Controller('auth')
export class AuthController {
  constructor(
    private readonly identity: IdentityService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  @Post('login')
  @HttpCode(HttpStatus.OK)
  @UseGuards(LoginThrottlerGuard)
  @ApiOkResponse({ type: LoginResponseDto })
  async login(@Body() body: LoginRequestDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<LoginResponse> {
    return this.withCookie(res, await this.identity.login(body.email, body.password, userAgent(req)));
  }

  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: LoginResponseDto })
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<LoginResponse> {
    try {
      return this.withCookie(res, await this.identity.refresh(cookieToken(req), userAgent(req)));
    } catch (e) {
      res.clearCookie(REFRESH_COOKIE, this.cookieOptions());
      throw e;
    }
  }

  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.identity.logout(cookieToken(req));
    res.clearCookie(REFRESH_COOKIE, this.cookieOptions());
  }

  /** The invited person's first password; answers like login, so they are signed in right away. */
  @Post('set-password')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: LoginResponseDto })
  async setPassword(
    @Body() body: SetPasswordRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponse> {
    return this.withCookie(res, await this.identity.setPassword(body.token, body.password, userAgent(req)));
  }

  private withCookie(res: Response, s: IssuedSession): LoginResponse {
    res.cookie(REFRESH_COOKIE, s.refreshToken, { ...this.cookieOptions(), expires: s.refreshExpiresAt });
    return s.body;
  }

  private cookieOptions(): CookieOptions {
    return {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.NODE_ENV === 'production',
      path: REFRESH_COOKIE_PATH,
    };
  }
}
