import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '@ecampus/api/platform/mail';
import { AccountsRepository } from './accounts.repository';
import { AccountsService } from './accounts.service';
import { InvitationMailer } from './invitation-mailer';
import { PasswordHasher } from './password-hasher';
import { PasswordStrength } from './password-strength';
import { PasswordTokenEntity } from './password-token.entity';
import { UserAccountEntity } from './user-account.entity';

/** Every entity of this lib, for data sources that list entities explicitly (typeorm CLI). */
export const ACCOUNTS_ENTITIES = [UserAccountEntity, PasswordTokenEntity];

@Module({
  imports: [TypeOrmModule.forFeature(ACCOUNTS_ENTITIES), MailModule],
  providers: [AccountsRepository, AccountsService, PasswordHasher, PasswordStrength, InvitationMailer],
  exports: [AccountsService],
})
export class AccountsModule {}
