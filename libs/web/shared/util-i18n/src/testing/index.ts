export * from './provide-test-i18n';
export * from './dictionary-problems';
