export * from './i18n/identity.i18n';
export * from './lib/password-toggle/password-toggle';
export * from './lib/passwords-match/passwords-match';
export * from './lib/account-status-chip/account-status-chip';
export * from './lib/new-password-fields/new-password-fields';
