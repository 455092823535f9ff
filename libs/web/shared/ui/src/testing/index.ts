export * from './page-helpers';
