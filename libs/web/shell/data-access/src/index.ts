export * from './lib/program-nav-store';
