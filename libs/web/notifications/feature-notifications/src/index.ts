export * from './lib/notifications.routes';
export * from './lib/bell/notification-bell';
export * from './lib/bell/load-bell';
export * from './lib/paths';
