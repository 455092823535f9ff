export * from './fixtures';
export * from './review-progress';
