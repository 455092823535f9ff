export * from './module';
export * from './lesson';
export * from './history';
export * from './material';
export * from './assignment';
export * from './progress';
export * from './error-codes';
