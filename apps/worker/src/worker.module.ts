import { Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { ConfigModule, logTransport, type AppConfig } from '@ecampus/api/platform/config';
import { DatabaseModule } from '@ecampus/api/platform/database';
import { QueueModule } from '@ecampus/api/platform/queue';
import { HealthJobsModule } from '@ecampus/api/platform/health';
import { MailJobsModule } from '@ecampus/api/platform/mail';

/**
 * The worker process: BullMQ processors only, no HTTP. Features add their `XJobsModule` here;
 * the API imports the producer side (`XModule`) instead.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: { level: config.LOG_LEVEL, base: { app: 'worker', pid: process.pid }, transport: logTransport(config) },
        }),
        DatabaseModule.forRoot(),
        QueueModule.forRoot(),
        HealthJobsModule,
        MailJobsModule,
      ],
    };
  }
}
