import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@ecampus/api/platform/auth';
import { AccountsModule } from '@ecampus/api/identity/accounts';
import { AttemptLimits } from './attempt-limits';
import { AttemptThrottle } from './attempt-throttle';
import { AuthController } from './auth.controller';
import { AuthSessionEntity } from './entities/auth-session.entity';
import { RefreshSessionEntity } from './entities/refresh-session.entity';
import { IdentityService } from './identity.service';
import { InitialAdmin } from './initial-admin';
import { KnownDevices } from './known-devices';
import { MeController } from './me.controller';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

export const IDENTITY_ENTITIES = [AuthSessionEntity, RefreshSessionEntity];

@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES), AuthModule, AccountsModule],
  controllers: [AuthController, MeController, UsersController],
  providers: [
    IdentityService,
    SessionsService,
    UsersService,
    SessionsRepository,
    AttemptThrottle,
    AttemptLimits,
    KnownDevices,
    InitialAdmin,
  ],
  exports: [IdentityService],
})
export class IdentityModule {}
