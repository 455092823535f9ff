export * from './lib/web-shared-util-i18n/web-shared-util-i18n';
