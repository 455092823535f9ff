export * from './lib/curriculum-api';
export * from './lib/curriculum-store';
export * from './lib/module-store';
export * from './lib/lesson-store';
