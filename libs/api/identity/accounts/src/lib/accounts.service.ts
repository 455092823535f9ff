import {
  BadRequestException,
  ConflictException,
  Inject,
  Injectable,
  Logger,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { ErrorCode, t, type Account, type ListAccountsQuery, type PagedList, type UpdateAccountRequest } from '@ecampus/shared/contracts';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { AccountsRepository } from './accounts.repository';
import { PasswordHasher } from './password-hasher';
import { InvitationMailer } from './invitation-mailer';
import { PasswordStrength, type PasswordOwner } from './password-strength';
import { newOpaqueToken, sha256Hex } from './tokens';
import { toAccount, toUserAccount, type UserAccount } from './user-account';

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
  | 'findById'
  | 'findByIds'
  | 'findByEmail'
  | 'insert'
  | 'insertWithPasswordToken'
  | 'consumePasswordToken'
  | 'withInitialAdminLock'
  | 'search'
  | 'findByUsablePasswordToken'
  | 'setPasswordHash'
  | 'markSeen'
  | 'replacePasswordToken'
  | 'withAdminsLock'
>;
export type Hasher = Pick<PasswordHasher, 'hash' | 'verify'>;
export type Invitations = Pick<InvitationMailer, 'sendInvitation'>;
export type Strength = Pick<PasswordStrength, 'weakness'>;

/** What changed for the person: deactivation ends her sessions (identity's job). */
export interface AccountUpdate {
  account: Account;
  /** true when this update turned an active account inactive. */
  deactivated: boolean;
}

const emailTaken = () =>
  new ConflictException({
    code: ErrorCode.EmailTaken,
    message: t('Diese E-Mail-Adresse ist bereits registriert.', 'This e-mail address is already registered.'),
  });

/** 400 `validation_failed` with the message at one field, the shape the zod pipe answers with. */
export const fieldError = (field: string, message: string) =>
  new BadRequestException({ code: ErrorCode.Validation, message, fields: { [field]: message } });

/** 404 for an unknown (or malformed) account id. */
export const accountNotFound = () =>
  new NotFoundException({ code: ErrorCode.NotFound, message: t('Dieses Konto gibt es nicht.', 'This account does not exist.') });

const ruleViolated = (message: string) => new UnprocessableEntityException({ code: ErrorCode.RuleViolated, message });

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
    @Inject(PasswordStrength) private readonly strength: Strength,
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

  /** An active account (deactivated ones end their sessions and cannot renew them). */
  async findActiveById(id: string): Promise<UserAccount | null> {
    const e = await this.repo.findById(id);
    return e?.active ? toUserAccount(e) : null;
  }

  /**
   * With a password: a ready account (a guessable password answers 400 at `password`). Without: an
   * account plus an invitation mail. 409 on a taken e-mail.
   */
  async createUser(input: CreateUserInput): Promise<UserAccount> {
    const base = { email: input.email.trim(), displayName: input.displayName.trim(), isAdmin: input.isAdmin ?? false };
    if (input.password !== undefined) this.refuseWeak('password', input.password, base);
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

  /**
   * Sets the password through an invitation link: once, only before it expires, only for an active
   * account. The token is checked before anything is hashed, so bad links cost no argon2 work.
   */
  async setPasswordWithToken(token: string, password: string): Promise<UserAccount> {
    const tokenHash = sha256Hex(token);
    const owner = await this.repo.findByUsablePasswordToken(tokenHash);
    if (!owner?.active) throw invalidPasswordToken();
    this.refuseWeak('password', password, owner);
    const user = await this.repo.consumePasswordToken(tokenHash, await this.hasher.hash(password));
    if (!user) throw invalidPasswordToken();
    return toUserAccount(user);
  }

  /**
   * Her own password change: the current one must be right (400 at `currentPassword`), the new one
   * strong enough (400 at `newPassword`).
   */
  async changePassword(userId: string, currentPassword: string, newPassword: string): Promise<void> {
    const e = await this.repo.findById(userId);
    if (!e?.active) throw accountNotFound();
    if (!(await this.hasher.verify(e.passwordHash, currentPassword))) {
      throw fieldError('currentPassword', t('Das bisherige Passwort stimmt nicht.', 'The current password is not correct.'));
    }
    this.refuseWeak('newPassword', newPassword, e);
    await this.repo.setPasswordHash(e.id, await this.hasher.hash(newPassword));
  }

  /** After a login or a session renewal (`lastSeenAt` of the admin list). */
  async markSeen(userId: string): Promise<void> {
    await this.repo.markSeen(userId);
  }

  // ------------------------------------------------------------ administration (the routes are admin-only)

  async listAccounts(query: ListAccountsQuery): Promise<PagedList<Account>> {
    const { items, total } = await this.repo.search(query.q || undefined, query.page, query.pageSize);
    return { items: items.map(toAccount), total, page: query.page, pageSize: query.pageSize };
  }

  async getAccount(userId: string): Promise<Account> {
    const e = await this.repo.findById(userId);
    if (!e) throw accountNotFound();
    return toAccount(e);
  }

  /**
   * Renames, deactivates or reactivates. Nobody deactivates herself, and the last active admin stays
   * (checked under a lock, so two admins deactivating each other cannot both succeed).
   */
  async updateAccount(userId: string, changes: UpdateAccountRequest, callerId: string): Promise<AccountUpdate> {
    if (changes.active === false && userId === callerId) {
      throw ruleViolated(t('Sie können Ihr eigenes Konto nicht deaktivieren.', 'You cannot deactivate your own account.'));
    }
    return this.repo.withAdminsLock(async (tx) => {
      const before = await tx.find(userId);
      if (!before) throw accountNotFound();
      const deactivating = changes.active === false && before.active;
      if (deactivating && before.isAdmin && (await tx.otherActiveAdmins(userId)) === 0) {
        throw ruleViolated(
          t(
            'Das letzte aktive Administrationskonto kann nicht deaktiviert werden.',
            'The last active administrator account cannot be deactivated.',
          ),
        );
      }
      const after = await tx.update(userId, { displayName: changes.displayName?.trim(), active: changes.active });
      if (!after) throw accountNotFound();
      return { account: toAccount(after), deactivated: deactivating };
    });
  }

  /**
   * A new invitation mail for someone who has not set a password yet; her older links stop working.
   * An account with a password gets none (409: she signs in, or an admin resets her another way),
   * nor does a deactivated one (422).
   */
  async resendInvitation(userId: string, invitedByName: string): Promise<void> {
    const e = await this.repo.findById(userId);
    if (!e) throw accountNotFound();
    if (!e.active) {
      throw ruleViolated(t('Deaktivierte Konten erhalten keine Einladung.', 'Deactivated accounts receive no invitation.'));
    }
    if (e.passwordHash !== null) {
      throw new ConflictException({
        code: 'password_already_set',
        message: t(
          'Diese Person hat bereits ein Passwort und meldet sich damit an.',
          'This person has already set a password and signs in with it.',
        ),
      });
    }
    const { token, link, expiresAt } = this.newPasswordLink();
    await this.repo.replacePasswordToken(e.id, { tokenHash: sha256Hex(token), expiresAt }, (em) =>
      this.mailer.sendInvitation({ user: toUserAccount(e), link, expiresAt, invitedByName }, em),
    );
  }

  /**
   * Checks e-mail + password. Unknown e-mail, an account without password and a wrong password all
   * give `null` after the same argon2 work, so neither answer nor timing tells them apart.
   */
  async verifyCredentials(email: string, password: string): Promise<UserAccount | null> {
    const e = await this.repo.findByEmail(email);
    const ok = await this.hasher.verify(e?.passwordHash, password);
    // A deactivated account answers like a wrong password (after the same work).
    return e && ok && e.active ? toUserAccount(e) : null;
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
    const { token, link, expiresAt } = this.newPasswordLink();
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

  private newPasswordLink(): { token: string; link: string; expiresAt: Date } {
    const token = newOpaqueToken();
    const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
    const link = `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/passwort-setzen?token=${encodeURIComponent(token)}`;
    return { token, link, expiresAt };
  }

  /** 400 at `field` when the password is guessable, with zxcvbn's reason in the request's language. */
  private refuseWeak(field: string, password: string, owner: PasswordOwner): void {
    const weakness = this.strength.weakness(password, owner);
    if (weakness) throw fieldError(field, weakness);
  }
}
