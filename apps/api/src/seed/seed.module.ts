import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, type AppConfig } from '@ecampus/api/platform/config';
import { DatabaseModule } from '@ecampus/api/platform/database';
import { QueueModule } from '@ecampus/api/platform/queue';
import { AccountsModule } from '@ecampus/api/identity/accounts';
import { ProgramsModule } from '@ecampus/api/programs/feature';
import { CurriculumModule } from '@ecampus/api/curriculum/feature';
import { LiveScheduleModule } from '@ecampus/api/live/feature';

/** What the demo seed needs: the same services the API uses, no HTTP. */
@Module({})
export class SeedModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: SeedModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(),
        QueueModule.forRoot(),
        AccountsModule,
        ProgramsModule,
        CurriculumModule,
        LiveScheduleModule,
      ],
    };
  }
}
