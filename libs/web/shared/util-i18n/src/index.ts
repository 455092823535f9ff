export * from './lib/i18n-types';
export * from './lib/i18n-service';
export * from './lib/i18n-scope';
export * from './lib/translate-pipe';
export * from './lib/i18n-title-strategy';
export * from './lib/provide-i18n';
