export * from './lib/api-exception.filter';
export * from './lib/api-platform.module';
export * from './lib/create-api-application';
export * from './lib/logger-options';
export * from './lib/zod-validation';
export * from './lib/request-locale';
export * from './lib/route-params';
export * from './lib/queue-board';
