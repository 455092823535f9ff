import {
  BadRequestException,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  ServiceUnavailableException,
} from '@nestjs/common';
import { HealthCheckService, TypeOrmHealthIndicator, type HealthCheckResult } from '@nestjs/terminus';
import { AdminOnly, Public } from '@ecampus/api/platform/auth';
import { ErrorCode, t, type HealthCheckJob } from '@ecampus/shared/contracts';
import { HealthJobsService } from './health-jobs.service';
import { RedisHealthIndicator } from './redis.health-indicator';

const uuid = new ParseUUIDPipe({
  exceptionFactory: () =>
    new BadRequestException({ code: ErrorCode.Validation, message: t('Die Auftragsnummer ist ungültig.', 'The job id is invalid.') }),
});

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly jobs: HealthJobsService,
  ) {}

  /** Liveness + dependencies for load balancers: 200 when PostgreSQL and Redis answer, else 503 with details. */
  @Public()
  @Get()
  async check(): Promise<HealthCheckResult> {
    try {
      return await this.health.check([() => this.db.pingCheck('database', { timeout: 1500 }), () => this.redis.pingCheck('redis')]);
    } catch (e) {
      if (!(e instanceof ServiceUnavailableException)) throw e;
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
