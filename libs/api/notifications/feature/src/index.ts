export * from './lib/notifications.module';
export * from './lib/notifications.service';
export * from './migrations';
