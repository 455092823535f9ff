// Notifications' public entry: other domains write a person's in-app notices through NoticeWriter.
export * from './lib/notice-row';
export * from './lib/notice-writer';
export * from './lib/notices.module';
