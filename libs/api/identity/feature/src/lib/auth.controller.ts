import { Body, Controller, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { bearerToken, CurrentUser, Public, type AuthUser } from '@ecampus/api/platform/auth';
import type { LoginResponse } from '@ecampus/shared/contracts';
import { AuthCookies } from './auth-cookies';
import { LoginRequestDto, LoginResponseDto, SetPasswordRequestDto } from './dto';
import { IdentityService, type IssuedSession, type Origin } from './identity.service';

const userAgent = (req: FastifyRequest): string | null => req.headers['user-agent']?.slice(0, 300) ?? null;

/** HTTP ↔ IdentityService; cookies are the only thing handled here. */
@ApiTags('auth')
@Controller('auth')
export class AuthController {
  private readonly cookies: AuthCookies;

  constructor(
    private readonly identity: IdentityService,
    @InjectConfig() config: AppConfig,
  ) {
    this.cookies = new AuthCookies(config);
  }

  @Post('login')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: LoginResponseDto })
  async login(
    @Body() body: LoginRequestDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<LoginResponse> {
    return this.withCookies(req, res, await this.identity.login(body.email, body.password, this.origin(req)));
  }

  @Post('refresh')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: LoginResponseDto })
  async refresh(@Req() req: FastifyRequest, @Res({ passthrough: true }) res: FastifyReply): Promise<LoginResponse> {
    try {
      return this.withCookies(req, res, await this.identity.refresh(this.refreshCookie(req), userAgent(req)));
    } catch (e) {
      res.clearCookie(this.cookies.refreshName(req), this.cookies.options(req));
      throw e;
    }
  }

  /** Ends this session (refresh cookie and/or bearer token): its access tokens are refused from now on. */
  @Post('logout')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  async logout(@Req() req: FastifyRequest, @Res({ passthrough: true }) res: FastifyReply): Promise<void> {
    await this.identity.logout(this.refreshCookie(req), bearerToken(req.headers['authorization']));
    res.clearCookie(this.cookies.refreshName(req), this.cookies.options(req));
  }

  /** Ends every session of the caller, this one included. */
  @Post('logout-all')
  @ApiBearerAuth()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  async logoutAll(
    @CurrentUser() caller: AuthUser,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<void> {
    await this.identity.logoutEverywhere(caller);
    res.clearCookie(this.cookies.refreshName(req), this.cookies.options(req));
  }

  /** The invited person's first password; answers like login, so they are signed in right away. */
  @Post('set-password')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: LoginResponseDto })
  async setPassword(
    @Body() body: SetPasswordRequestDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<LoginResponse> {
    return this.withCookies(req, res, await this.identity.setPassword(body.token, body.password, this.origin(req)));
  }

  private origin(req: FastifyRequest): Origin {
    return {
      ip: req.ip ?? 'unknown',
      userAgent: userAgent(req),
      deviceCookie: this.cookies.read(req, this.cookies.deviceName(req)),
    };
  }

  private refreshCookie(req: FastifyRequest): string | undefined {
    return this.cookies.read(req, this.cookies.refreshName(req));
  }

  private withCookies(req: FastifyRequest, res: FastifyReply, s: IssuedSession): LoginResponse {
    res.setCookie(this.cookies.refreshName(req), s.refreshToken, { ...this.cookies.options(req), expires: s.refreshExpiresAt });
    if (s.deviceCookie) res.setCookie(this.cookies.deviceName(req), s.deviceCookie, this.cookies.deviceOptions(req));
    return s.body;
  }
}
