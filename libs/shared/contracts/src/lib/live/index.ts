export * from './session';
export * from './room';
export * from './attendance';
export * from './error-codes';
