export * from './lib/api-error';
export * from './lib/http-error-notifier';
export * from './lib/http.interceptors';
export * from './lib/server-errors';
export * from './lib/form-submit';
