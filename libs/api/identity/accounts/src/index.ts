export { AccountsModule, ACCOUNTS_ENTITIES } from './lib/accounts.module';
export { AccountsService, accountNotFound, type AccountUpdate, type CreateUserInput, type InviteUserInput } from './lib/accounts.service';
export type { UserAccount } from './lib/user-account';
export * from './migrations';
