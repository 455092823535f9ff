export * from './lib/tandem.routes';
