export * from './i18n/notifications.i18n';
export * from './lib/notice-summary/notice-summary';
export * from './lib/notice-list/notice-list';
