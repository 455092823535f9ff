export * from './lib/curriculum-api';
export * from './lib/curriculum-store';
