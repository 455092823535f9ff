import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@ecampus/api/platform/auth';
import { AccountsService } from '@ecampus/api/identity/accounts';
import type { CreateUserRequest, User } from '@ecampus/shared/contracts';

/** Admin user management (the route itself is @AdminOnly). */
@Injectable()
export class UsersService {
  constructor(private readonly accounts: AccountsService) {}

  async create(input: CreateUserRequest, caller: AuthUser): Promise<User> {
    const inviter = await this.accounts.findById(caller.id);
    return this.accounts.createUser({ ...input, invitedByName: inviter?.displayName ?? 'Die eCampus-Administration' });
  }
}
