export * from './lib/access-token.service';
export * from './lib/auth.module';
export * from './lib/auth.decorators';
export * from './lib/jwt-auth.guard';
export * from './lib/http-auth.module';
