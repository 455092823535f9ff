import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthModule } from './auth.module';
import { JwtAuthGuard } from './jwt-auth.guard';

/**
 * Installs JwtAuthGuard for every HTTP route of the application. Imported once by the API's
 * root module; libraries that only need AccessTokenService import AuthModule instead.
 */
@Module({
  imports: [AuthModule],
  providers: [{ provide: APP_GUARD, useClass: JwtAuthGuard }],
})
export class HttpAuthModule {}
