import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ThrottlerModule } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { APP_CONFIG, type AppConfig } from '@ecampus/api/platform/config';
import { AuthModule } from '@ecampus/api/platform/auth';
import { AccountsModule } from '@ecampus/api/identity/accounts';
import { AuthController } from './auth.controller';
import { RefreshSessionEntity } from './entities/refresh-session.entity';
import { IdentityService } from './identity.service';
import { InitialAdmin } from './initial-admin';
import { accountTracker, ipTracker, LOGIN_THROTTLE_ACCOUNT, LOGIN_THROTTLE_IP, LoginThrottlerGuard } from './login-throttler.guard';
import { MeController } from './me.controller';
import { RefreshSessionRepository } from './refresh-session.repository';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

export const IDENTITY_ENTITIES = [RefreshSessionEntity];

@Module({
  imports: [
    TypeOrmModule.forFeature(IDENTITY_ENTITIES),
    AuthModule,
    AccountsModule,
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const window = config.LOGIN_RATE_WINDOW_SECONDS * 1000;
        return {
          throttlers: [
            { name: LOGIN_THROTTLE_IP, limit: config.LOGIN_IP_RATE_LIMIT, ttl: window, getTracker: ipTracker },
            { name: LOGIN_THROTTLE_ACCOUNT, limit: config.LOGIN_RATE_LIMIT, ttl: window, getTracker: accountTracker },
          ],
          // Counters in Redis: the limit holds across every API process. The storage owns (and
          // closes on shutdown) its own connection.
          storage: new ThrottlerStorageRedisService(config.REDIS_URL, {
            keyPrefix: `${config.REDIS_PREFIX}:throttle:`,
            maxRetriesPerRequest: 3,
          }),
        };
      },
    }),
  ],
  controllers: [AuthController, MeController, UsersController],
  providers: [IdentityService, UsersService, RefreshSessionRepository, InitialAdmin, LoginThrottlerGuard],
  exports: [IdentityService],
})
export class IdentityModule {}
