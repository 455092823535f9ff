import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '@ecampus/api/platform/config';
import { AccessTokenService } from './access-token.service';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.JWT_SECRET,
        signOptions: { expiresIn: config.ACCESS_TOKEN_TTL_SECONDS, issuer: 'ecampus', audience: 'ecampus' },
        verifyOptions: { issuer: 'ecampus', audience: 'ecampus', algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [AccessTokenService],
  exports: [AccessTokenService],
})
export class AuthModule {}
