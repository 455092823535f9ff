export * from './lib/errors';
export * from './lib/identity';
export * from './lib/health';
export * from './lib/realtime';
export * from './lib/programs';
export * from './lib/i18n';
