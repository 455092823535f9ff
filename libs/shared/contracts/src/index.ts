export * from './lib/i18n';
export * from './lib/common';
export * from './lib/files';
export * from './lib/identity';
export * from './lib/health';
export * from './lib/realtime';
export * from './lib/programs';
export * from './lib/curriculum';
