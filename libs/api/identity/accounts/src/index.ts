export * from './lib/accounts.module';
export * from './lib/accounts.service';
export * from './lib/user-account';
export * from './lib/user-account.entity';
export * from './lib/password-token.entity';
export * from './lib/invitation-mail';
export * from './migrations';
