export * from './lib/web-identity-feature-login/web-identity-feature-login';
