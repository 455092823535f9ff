import {
  BadRequestException,
  Controller,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  ServiceUnavailableException,
} from '@nestjs/common';
import { HealthCheckService, TypeOrmHealthIndicator, type HealthCheckResult } from '@nestjs/terminus';
import { AdminOnly, Authenticator, bearerToken, Public } from '@ecampus/api/platform/auth';
import { ErrorCode, t, type HealthCheckJob } from '@ecampus/shared/contracts';
import { HealthJobsService } from './health-jobs.service';
import { RedisHealthIndicator } from './redis.health-indicator';

const uuid = new ParseUUIDPipe({
  exceptionFactory: () =>
    new BadRequestException({ code: ErrorCode.Validation, message: t('Die Auftragsnummer ist ungültig.', 'The job id is invalid.') }),
});

/** What everyone (load balancers, container checks) learns: up or down, nothing about why. */
export interface PublicHealth {
  status: 'ok';
}

const unavailable = () =>
  new ServiceUnavailableException({
    code: 'service_unavailable',
    message: t('Der Dienst ist vorübergehend nicht verfügbar.', 'The service is temporarily unavailable.'),
    status: 'error',
  });

@Controller('health')
export class HealthController {
  constructor(
    private readonly authenticator: Authenticator,
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly jobs: HealthJobsService,
  ) {}

  /**
   * Liveness + dependencies for load balancers: 200 `{status:'ok'}` when PostgreSQL and Redis answer,
   * else 503 `{status:'error'}` (in the error shape) — nothing more for the public. An admin's bearer
   * token adds the details (which dependency, its error).
   */
  @Public()
  @Get()
  async check(@Headers('authorization') authorization?: string): Promise<PublicHealth | HealthCheckResult> {
    const details = await this.callerIsAdmin(authorization);
    try {
      const result = await this.health.check([() => this.db.pingCheck('database', { timeout: 1500 }), () => this.redis.pingCheck('redis')]);
      return details ? result : { status: 'ok' };
    } catch (e) {
      if (!(e instanceof ServiceUnavailableException)) throw e;
      if (!details) throw unavailable();
      const result = e.getResponse() as HealthCheckResult;
      const down = Object.keys(result.error ?? {}).join(', ') || t('unbekannt', 'unknown');
      throw new ServiceUnavailableException({
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        code: 'service_unavailable',
        message: t(`Der Dienst ist eingeschränkt: ${down} nicht erreichbar.`, `The service is degraded: ${down} not reachable.`),
        ...result,
      });
    }
  }

  /**
   * A public route, so the global guard does not look at the token: checked here like every other
   * request (signature, expiry, a live session, the admin claim). While Redis is down the session
   * check asks PostgreSQL, so the details stay readable; with both down nobody can be checked and
   * the public answer it is. Any other token, or none, gets the public answer (never a 401: load
   * balancers send none).
   */
  private async callerIsAdmin(authorization: string | undefined): Promise<boolean> {
    const token = bearerToken(authorization);
    if (!token) return false;
    try {
      return (await this.authenticator.authenticate(token)).isAdmin;
    } catch {
      return false;
    }
  }

  /** Queues a probe through the worker (admin): 202 with the durable request id. */
  @AdminOnly()
  @Post('jobs')
  @HttpCode(HttpStatus.ACCEPTED)
  requestJob(): Promise<{ id: string }> {
    return this.jobs.request();
  }

  @AdminOnly()
  @Get('jobs/:id')
  getJob(@Param('id', uuid) id: string): Promise<HealthCheckJob> {
    return this.jobs.get(id);
  }
}
