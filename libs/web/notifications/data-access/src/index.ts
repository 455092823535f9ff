export * from './lib/notifications-api';
export * from './lib/notifications-store';
