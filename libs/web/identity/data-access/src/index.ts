export * from './lib/auth-api';
export * from './lib/auth-store';
export * from './lib/auth-interceptor';
export * from './lib/auth-guard';
export * from './lib/guest-guard';
export * from './lib/auth-paths';
export * from './lib/provide-identity';
