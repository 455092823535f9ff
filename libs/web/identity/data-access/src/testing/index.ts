export * from './fixtures';
export * from './fake-live-socket';
