export * from './lib/access-token.service';
export * from './lib/auth.module';
