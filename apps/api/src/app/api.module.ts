import { Module, type DynamicModule } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { ConfigModule, type AppConfig } from '@ecampus/api/platform/config';
import { DatabaseModule } from '@ecampus/api/platform/database';
import { QueueModule } from '@ecampus/api/platform/queue';
import { HttpAuthModule } from '@ecampus/api/platform/auth';
import { RealtimeModule } from '@ecampus/api/platform/realtime';
import { HealthModule } from '@ecampus/api/platform/health';
import { IdentityModule } from '@ecampus/api/identity/feature';
import { ProgramsModule } from '@ecampus/api/programs/feature';
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
