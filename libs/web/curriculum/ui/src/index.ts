export * from './i18n/curriculum.i18n';
export * from './lib/curriculum-item-list/curriculum-item-list';
