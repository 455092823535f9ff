import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, type AppConfig } from '@ecampus/api/infra-config';
import { DatabaseModule } from '@ecampus/api/infra-database';
import { QueueModule } from '@ecampus/api/infra-queue';
import { AccountsModule } from '@ecampus/api/infra-accounts';
import { ProgramsModule } from '@ecampus/api/feature-programs';

/** What the demo seed needs: the same services the API uses, no HTTP. */
@Module({})
export class SeedModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: SeedModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(), QueueModule.forRoot(), AccountsModule, ProgramsModule],
    };
  }
}
