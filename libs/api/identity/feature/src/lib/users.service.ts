import { Inject, Injectable } from '@nestjs/common';
import type { AuthUser } from '@ecampus/api/platform/auth';
import { AccountsService } from '@ecampus/api/identity/accounts';
import type { CreateUserRequest, User } from '@ecampus/shared/contracts';

/** Admin user management (the route itself is @AdminOnly). */
@Injectable()
export class UsersService {
  constructor(@Inject(AccountsService) private readonly accounts: Pick<AccountsService, 'findById' | 'createUser'>) {}

  /** Without a password the person is invited by mail, signed with the admin's name. */
  async create(input: CreateUserRequest, caller: AuthUser): Promise<User> {
    const inviter = await this.accounts.findById(caller.id);
    // Named in the German invitation mail.
    return this.accounts.createUser({ ...input, invitedByName: inviter?.displayName ?? 'Die eCampus-Administration' });
  }
}
