import { Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { ConfigModule, logTransport, type AppConfig } from '@ecampus/api/platform/config';
import { DatabaseModule } from '@ecampus/api/platform/database';
import { QueueModule } from './queue.module';

/**
 * The root module of a worker process: configuration, logs, database and queues, plus the given
 * job modules (`XJobsModule`: processors only, no HTTP). The worker app passes every domain's job
 * module; an integration test the ones it exercises.
 */
@Module({})
export class WorkerApplicationModule {
  static forRoot(config: AppConfig, jobs: NonNullable<ModuleMetadata['imports']>): DynamicModule {
    return {
      module: WorkerApplicationModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: { level: config.LOG_LEVEL, base: { app: 'worker', pid: process.pid }, transport: logTransport(config) },
        }),
        DatabaseModule.forRoot(),
        QueueModule.forRoot(),
        ...jobs,
      ],
    };
  }
}
