import { BadRequestException, ConflictException, Inject, Injectable, Logger } from '@nestjs/common';
import { ErrorCode, t } from '@ecampus/shared/contracts';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { AccountsRepository } from './accounts.repository';
import { PasswordHasher } from './password-hasher';
import { InvitationMailer } from './invitation-mailer';
import { newOpaqueToken, sha256Hex } from './tokens';
import { toUserAccount, type UserAccount } from './user-account';

export interface CreateUserInput {
  email: string;
  displayName: string;
  password?: string;
  isAdmin?: boolean;
  /** Named in the invitation mail when no password is given. */
  invitedByName?: string;
}

export interface InviteUserInput {
  email: string;
  displayName: string;
  invitedByName: string;
  programTitle?: string;
}

/** Invitation links are valid this long. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export const InvalidPasswordTokenCode = 'invalid_token';

/** What the service needs of its collaborators (typed fakes in the unit spec implement exactly this). */
export type AccountQueries = Pick<
  AccountsRepository,
  'findById' | 'findByIds' | 'findByEmail' | 'insert' | 'insertWithPasswordToken' | 'consumePasswordToken' | 'withInitialAdminLock'
>;
export type Hasher = Pick<PasswordHasher, 'hash' | 'verify'>;
export type Invitations = Pick<InvitationMailer, 'sendInvitation'>;

const emailTaken = () =>
  new ConflictException({
    code: ErrorCode.EmailTaken,
    message: t('Diese E-Mail-Adresse ist bereits registriert.', 'This e-mail address is already registered.'),
  });

const invalidPasswordToken = () =>
  new BadRequestException({
    code: InvalidPasswordTokenCode,
    message: t(
      'Dieser Link ist ungültig, abgelaufen oder wurde bereits verwendet. Bitte fordern Sie eine neue Einladung an.',
      'This link is invalid, has expired or has already been used. Please ask for a new invitation.',
    ),
  });

/**
 * Accounts as the rest of the API sees them. Other features (programs, invitations) use this
 * service only; the hash never leaves it.
 */
@Injectable()
export class AccountsService {
  private readonly logger = new Logger(AccountsService.name);

  constructor(
    @Inject(AccountsRepository) private readonly repo: AccountQueries,
    @Inject(PasswordHasher) private readonly hasher: Hasher,
    @Inject(InvitationMailer) private readonly mailer: Invitations,
    @InjectConfig() private readonly config: Pick<AppConfig, 'PUBLIC_URL'>,
  ) {}

  async findById(id: string): Promise<UserAccount | null> {
    const e = await this.repo.findById(id);
    return e ? toUserAccount(e) : null;
  }

  async findByIds(ids: string[]): Promise<UserAccount[]> {
    return (await this.repo.findByIds(ids)).map(toUserAccount);
  }

  async findByEmail(email: string): Promise<UserAccount | null> {
    const e = await this.repo.findByEmail(email);
    return e ? toUserAccount(e) : null;
  }

  /** With a password: a ready account. Without: an account plus an invitation mail. 409 on a taken e-mail. */
  async createUser(input: CreateUserInput): Promise<UserAccount> {
    const base = { email: input.email.trim(), displayName: input.displayName.trim(), isAdmin: input.isAdmin ?? false };
    if (input.password === undefined) {
      const invited = await this.createInvited({ ...base, invitedByName: input.invitedByName ?? 'Das eCampus-Team' });
      if (!invited) throw emailTaken();
      return invited;
    }
    const created = await this.repo.insert({ ...base, passwordHash: await this.hasher.hash(input.password) });
    if (!created) throw emailTaken();
    return toUserAccount(created);
  }

  /** An existing e-mail yields the existing person (`created: false`, no mail). */
  async inviteUser(input: InviteUserInput): Promise<{ user: UserAccount; created: boolean }> {
    const existing = await this.findByEmail(input.email);
    if (existing) return { user: existing, created: false };
    const created = await this.createInvited({
      email: input.email.trim(),
      displayName: input.displayName.trim(),
      isAdmin: false,
      invitedByName: input.invitedByName,
      programTitle: input.programTitle,
    });
    if (created) return { user: created, created: true };
    // Lost a race against a concurrent invitation of the same address: that account is the answer.
    const winner = await this.findByEmail(input.email);
    if (!winner) throw emailTaken();
    return { user: winner, created: false };
  }

  /** Sets the password through an invitation link: once, and only before it expires. */
  async setPasswordWithToken(token: string, password: string): Promise<UserAccount> {
    const user = await this.repo.consumePasswordToken(sha256Hex(token), await this.hasher.hash(password));
    if (!user) throw invalidPasswordToken();
    return toUserAccount(user);
  }

  /**
   * Checks e-mail + password. Unknown e-mail, an account without password and a wrong password all
   * give `null` after the same argon2 work, so neither answer nor timing tells them apart.
   */
  async verifyCredentials(email: string, password: string): Promise<UserAccount | null> {
    const e = await this.repo.findByEmail(email);
    const ok = await this.hasher.verify(e?.passwordHash, password);
    return e && ok ? toUserAccount(e) : null;
  }

  /**
   * First admin from ADMIN_EMAIL/ADMIN_PASSWORD when no admin exists: an existing account with that
   * e-mail is promoted (keeping its password), else a new one is created. Safe for concurrent starts.
   */
  async ensureInitialAdmin(email: string, password: string): Promise<'created' | 'promoted' | 'exists'> {
    const account = { email: email.trim(), displayName: 'Administration', passwordHash: await this.hasher.hash(password), isAdmin: true };
    const result = await this.repo.withInitialAdminLock(async (tx) => {
      if (await tx.adminExists()) return 'exists' as const;
      const existing = await tx.findByEmail(account.email);
      if (existing) {
        await tx.promoteToAdmin(existing.id, account.passwordHash);
        return 'promoted' as const;
      }
      await tx.insert(account);
      return 'created' as const;
    });
    if (result !== 'exists') this.logger.log(`Erster Administrator ${result === 'created' ? 'angelegt' : 'ernannt'}: ${email}`);
    return result;
  }

  private async createInvited(input: {
    email: string;
    displayName: string;
    isAdmin: boolean;
    invitedByName: string;
    programTitle?: string;
  }): Promise<UserAccount | null> {
    const token = newOpaqueToken();
    const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
    const link = `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/passwort-setzen?token=${encodeURIComponent(token)}`;
    const created = await this.repo.insertWithPasswordToken(
      { email: input.email, displayName: input.displayName, isAdmin: input.isAdmin, passwordHash: null },
      { tokenHash: sha256Hex(token), expiresAt },
      (entity, em) =>
        this.mailer.sendInvitation(
          { user: toUserAccount(entity), link, expiresAt, invitedByName: input.invitedByName, programTitle: input.programTitle },
          em,
        ),
    );
    return created ? toUserAccount(created) : null;
  }
}
