import { Module, type DynamicModule } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { ConfigModule, type AppConfig } from '@ecampus/api/infra-config';
import { DatabaseModule } from '@ecampus/api/infra-database';
import { QueueModule } from '@ecampus/api/infra-queue';
import { HttpAuthModule } from '@ecampus/api/infra-auth';
import { RealtimeModule } from '@ecampus/api/infra-realtime';
import { HealthModule } from '@ecampus/api/feature-health';
import { IdentityModule } from '@ecampus/api/feature-identity';
import { ProgramsModule } from '@ecampus/api/feature-programs';
import { loggerOptions } from './logger-options';
import { ApiZodValidationPipe } from './zod-validation';

/** The API process: configuration, infrastructure and every HTTP feature. No business logic here. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config)),
        DatabaseModule.forRoot(),
        QueueModule.forRoot(),
        HttpAuthModule,
        HealthModule,
        RealtimeModule,
        IdentityModule,
        ProgramsModule,
      ],
      providers: [{ provide: APP_PIPE, useClass: ApiZodValidationPipe }],
    };
  }
}
