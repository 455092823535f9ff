export * from './lib/api-error';
export * from './lib/http-error-notifier';
export * from './lib/accept-language-interceptor';
export * from './lib/global-http-error-interceptor';
export * from './lib/server-errors';
export * from './lib/form-submit';
export * from './lib/data-changes';
export * from './lib/loadable';
