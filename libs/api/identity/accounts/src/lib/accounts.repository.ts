import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, QueryFailedError, type EntityManager } from 'typeorm';
import { isId } from '@ecampus/shared/contracts';
import { PasswordTokenEntity } from './password-token.entity';
import { UserAccountEntity } from './user-account.entity';

export interface NewAccount {
  email: string;
  displayName: string;
  passwordHash: string | null;
  isAdmin: boolean;
}

/** Queries inside the transaction that holds the initial-admin lock (see `withInitialAdminLock`). */
export interface InitialAdminTx {
  adminExists(): Promise<boolean>;
  findByEmail(email: string): Promise<UserAccountEntity | null>;
  /** Makes the account an admin; sets the password only where it has none. */
  promoteToAdmin(userId: string, passwordHash: string | null): Promise<void>;
  insert(account: NewAccount): Promise<void>;
}

const isUniqueViolation = (e: unknown): boolean =>
  e instanceof QueryFailedError && (e.driverError as { code?: string } | undefined)?.code === '23505';

/** The only place that queries app_user and password_token. */
@Injectable()
export class AccountsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private users(em: EntityManager = this.db.manager) {
    return em.getRepository(UserAccountEntity);
  }

  /** A malformed id finds nobody (PostgreSQL would refuse it with an error). */
  findById(id: string): Promise<UserAccountEntity | null> {
    if (!isId(id)) return Promise.resolve(null);
    return this.users().findOneBy({ id });
  }

  findByIds(ids: string[]): Promise<UserAccountEntity[]> {
    const valid = [...new Set(ids.filter(isId))];
    if (!valid.length) return Promise.resolve([]);
    return this.users().findBy({ id: In(valid) });
  }

  /** citext column: the comparison is case-insensitive in PostgreSQL itself. */
  findByEmail(email: string): Promise<UserAccountEntity | null> {
    return this.users().findOneBy({ email: email.trim() });
  }

  /** Inserts an account; `null` when the e-mail is taken (in any letter case). */
  async insert(account: NewAccount): Promise<UserAccountEntity | null> {
    try {
      return await this.insertOrThrow(account, this.db.manager);
    } catch (e) {
      if (isUniqueViolation(e)) return null;
      throw e;
    }
  }

  /**
   * Creates the account, its set-password token and whatever `within` adds (the outbox mail) in
   * one transaction: either the person exists and the invitation will go out, or neither.
   * `null` when the e-mail is taken.
   */
  async insertWithPasswordToken(
    account: NewAccount,
    token: { tokenHash: string; expiresAt: Date },
    within: (created: UserAccountEntity, em: EntityManager) => Promise<void>,
  ): Promise<UserAccountEntity | null> {
    try {
      return await this.db.transaction(async (em) => {
        const created = await this.insertOrThrow(account, em);
        await em.getRepository(PasswordTokenEntity).insert({ userId: created.id, ...token });
        await within(created, em);
        return created;
      });
    } catch (e) {
      if (isUniqueViolation(e)) return null;
      throw e;
    }
  }

  private async insertOrThrow(account: NewAccount, em: EntityManager): Promise<UserAccountEntity> {
    const repo = this.users(em);
    const entity = repo.create(account);
    return repo.save(entity);
  }

  /**
   * Marks the token used and sets the password, in one transaction. The conditional UPDATE makes
   * "once" hold even for two concurrent requests with the same token. Returns the user or null.
   */
  async consumePasswordToken(tokenHash: string, passwordHash: string): Promise<UserAccountEntity | null> {
    return this.db.transaction(async (em) => {
      // TypeORM's postgres driver answers UPDATE … RETURNING with [rows, affectedCount].
      const [rows]: [{ user_id: string }[], number] = await em.query(
        `UPDATE password_token SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
          RETURNING user_id`,
        [tokenHash],
      );
      const userId = rows[0]?.user_id;
      if (!userId) return null;
      await em.query(`UPDATE app_user SET password_hash = $2, updated_at = now() WHERE id = $1`, [userId, passwordHash]);
      // Any other outstanding links of this person are void once a password is set.
      await em.query(`UPDATE password_token SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
      return em.getRepository(UserAccountEntity).findOneBy({ id: userId });
    });
  }

  /**
   * Runs `work` in one transaction holding a transaction-scoped advisory lock, so that concurrent
   * API starts decide "is there an admin yet?" one after the other.
   */
  withInitialAdminLock<T>(work: (tx: InitialAdminTx) => Promise<T>): Promise<T> {
    return this.db.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('ecampus:initial-admin'))`);
      return work({
        adminExists: async () => {
          const rows: { n: number }[] = await em.query(`SELECT count(*)::int AS n FROM app_user WHERE is_admin`);
          return rows[0].n > 0;
        },
        findByEmail: (email) => this.users(em).findOneBy({ email }),
        promoteToAdmin: async (userId, passwordHash) => {
          await em.query(
            `UPDATE app_user SET is_admin = true, password_hash = COALESCE(password_hash, $2), updated_at = now() WHERE id = $1`,
            [userId, passwordHash],
          );
        },
        insert: async (account) => {
          await this.insertOrThrow(account, em);
        },
      });
    });
  }
}
