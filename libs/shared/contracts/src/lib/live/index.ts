export * from './session';
export * from './room';
export * from './media';
export * from './attendance';
export * from './error-codes';
export * from './breakout';
