import { Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { ConfigModule, type AppConfig } from '@ecampus/api/platform/config';
import { DatabaseModule } from '@ecampus/api/platform/database';
import { QueueModule } from '@ecampus/api/platform/queue';
import { HttpAuthModule } from '@ecampus/api/platform/auth';
import { RealtimeModule } from '@ecampus/api/platform/realtime';
import { LogFlush, logDestinationFor, loggerOptions } from './logger-options';
import { OpenApiModule } from './openapi';
import { QueueBoardModule } from './queue-board';
import { ApiZodValidationPipe } from './zod-validation';

/**
 * The root module of an API process: the platform (configuration, logs, database, queues, the
 * global auth guard, realtime, the zod pipe, the admins-only OpenAPI route when configured, Bull Board for admins) plus the feature modules given. The API app passes
 * every domain; an integration test passes the domains it exercises.
 */
@Module({})
export class ApiPlatformModule {
  static forRoot(config: AppConfig, features: NonNullable<ModuleMetadata['imports']>): DynamicModule {
    const logs = logDestinationFor(config);
    return {
      module: ApiPlatformModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config, logs)),
        DatabaseModule.forRoot(),
        QueueModule.forRoot(),
        HttpAuthModule,
        RealtimeModule,
        OpenApiModule.forRoot(config),
        QueueBoardModule,
        ...features,
      ],
      providers: [
        { provide: APP_PIPE, useClass: ApiZodValidationPipe },
        { provide: LogFlush, useValue: new LogFlush(logs) },
      ],
    };
  }
}
