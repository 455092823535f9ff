export * from './lib/api-infra-realtime.module';
