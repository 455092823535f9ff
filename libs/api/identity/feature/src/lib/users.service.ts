import { Inject, Injectable } from '@nestjs/common';
import type { AuthUser } from '@ecampus/api/platform/auth';
import { AccountsService } from '@ecampus/api/identity/accounts';
import type { Account, CreateUserRequest, ListAccountsQuery, PagedList, UpdateAccountRequest, User } from '@ecampus/shared/contracts';
import { SessionsService } from './sessions.service';

export type AccountsAdministration = Pick<
  AccountsService,
  'findById' | 'createUser' | 'listAccounts' | 'getAccount' | 'updateAccount' | 'resendInvitation'
>;

/** Who signs invitation mails when the admin's own account cannot be read (German: the mail is German). */
const FALLBACK_INVITER = 'Die eCampus-Administration';

/** Account administration (the routes are @AdminOnly). */
@Injectable()
export class UsersService {
  constructor(
    @Inject(AccountsService) private readonly accounts: AccountsAdministration,
    @Inject(SessionsService) private readonly sessions: Pick<SessionsService, 'endAll'>,
  ) {}

  /** Without a password the person is invited by mail, signed with the admin's name. */
  async create(input: CreateUserRequest, caller: AuthUser): Promise<User> {
    return this.accounts.createUser({ ...input, invitedByName: await this.inviterName(caller) });
  }

  list(query: ListAccountsQuery): Promise<PagedList<Account>> {
    return this.accounts.listAccounts(query);
  }

  get(userId: string): Promise<Account> {
    return this.accounts.getAccount(userId);
  }

  /** Deactivation ends every session of hers at once (tokens, refresh cookies, sockets). */
  async update(userId: string, changes: UpdateAccountRequest, caller: AuthUser): Promise<Account> {
    const { account, deactivated } = await this.accounts.updateAccount(userId, changes, caller.id);
    if (deactivated) await this.sessions.endAll(userId);
    return account;
  }

  async resendInvitation(userId: string, caller: AuthUser): Promise<void> {
    await this.accounts.resendInvitation(userId, await this.inviterName(caller));
  }

  private async inviterName(caller: AuthUser): Promise<string> {
    return (await this.accounts.findById(caller.id))?.displayName ?? FALLBACK_INVITER;
  }
}
