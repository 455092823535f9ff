export * from './module';
export * from './lesson';
export * from './history';
export * from './error-codes';
