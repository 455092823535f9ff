export * from './lib/access-token.service';
export * from './lib/ended-sessions';
export * from './lib/authenticator';
export * from './lib/auth.module';
export * from './lib/auth.decorators';
export * from './lib/jwt-auth.guard';
export * from './lib/http-auth.module';
