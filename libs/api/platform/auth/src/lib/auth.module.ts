import { Module } from '@nestjs/common';
import { AccessTokenService } from './access-token.service';
import { Authenticator } from './authenticator';
import { EndedSessions } from './ended-sessions';

/**
 * Access tokens and the live-session check. One instance per application (a static module), so the
 * HTTP guard, the socket handshake and identity share the same ended-session list and listeners.
 */
@Module({
  providers: [AccessTokenService, EndedSessions, Authenticator],
  exports: [AccessTokenService, EndedSessions, Authenticator],
})
export class AuthModule {}
