import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { AccountsService } from '@ecampus/api/identity/accounts';

/** Creates the first admin from ADMIN_EMAIL + ADMIN_PASSWORD at API start when none exists. */
@Injectable()
export class InitialAdmin implements OnApplicationBootstrap {
  constructor(
    private readonly accounts: AccountsService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.ADMIN_EMAIL && this.config.ADMIN_PASSWORD) {
      await this.accounts.ensureInitialAdmin(this.config.ADMIN_EMAIL, this.config.ADMIN_PASSWORD);
    }
  }
}
