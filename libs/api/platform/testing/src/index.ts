export * from './lib/test-database';
export * from './lib/workspace-migrations';
