export * from './lib/program-tabs';
export * from './lib/nav-entries';
