export * from './lib/api-feature-identity.module';
