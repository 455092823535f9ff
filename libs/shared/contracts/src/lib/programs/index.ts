export * from './program';
export * from './member';
export * from './profile';
export * from './tandem';
export * from './meeting';
export * from './error-codes';
export * from './queries';
