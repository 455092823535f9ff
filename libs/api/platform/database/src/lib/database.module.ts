import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@ecampus/api/platform/config';
import { dataSourceOptions } from './data-source-options';

/**
 * The TypeORM connection for a process. Entities are registered by the feature modules
 * (`TypeOrmModule.forFeature`) and picked up through autoLoadEntities. Migrations are NOT run
 * here: they are an explicit step (`migrate` entry point), never a side effect of boot.
 */
@Module({})
export class DatabaseModule {
  static forRoot(): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions(config.DATABASE_URL),
            autoLoadEntities: true,
          }),
        }),
      ],
    };
  }
}
