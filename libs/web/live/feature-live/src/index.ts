export * from './lib/live.routes';
