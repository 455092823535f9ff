export * from './lib/config.schema';
export * from './lib/load-config';
export * from './lib/config.module';
export * from './lib/log-transport';
