export * from './lib/api-feature-health.module';
