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

/** A page of accounts matching a search in name and e-mail. */
export interface AccountPage {
  items: UserAccountEntity[];
  total: number;
}

/** Queries inside the transaction that holds the admins lock (see `withAdminsLock`). */
export interface AdminsTx {
  find(userId: string): Promise<UserAccountEntity | null>;
  /** Active admins other than `userId`. */
  otherActiveAdmins(userId: string): Promise<number>;
  /** Changes name and/or the active flag; `deactivated_at` follows the flag. The account after, or null. */
  update(userId: string, changes: { displayName?: string; active?: boolean }): Promise<UserAccountEntity | null>;
}

/** Every column of UserAccountEntity under its property name. */
const USER_COLUMNS = `id, email::text AS email, display_name AS "displayName", password_hash AS "passwordHash",
  is_admin AS "isAdmin", active, deactivated_at AS "deactivatedAt", last_seen_at AS "lastSeenAt",
  created_at AS "createdAt", updated_at AS "updatedAt"`;

/** `%` and `_` in a search term are letters, not patterns. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

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
  /**
   * One account by id. Plain SQL rather than `findOneBy`: `GET /api/me` runs it on every call, and
   * TypeORM's query builder cost more CPU than the query itself (docs/benchmarks.md).
   */
  async findById(id: string): Promise<UserAccountEntity | null> {
    if (!isId(id)) return null;
    const rows: UserAccountEntity[] = await this.db.query(`SELECT ${USER_COLUMNS} FROM app_user WHERE id = $1`, [id]);
    return rows.length ? Object.assign(new UserAccountEntity(), rows[0]) : null;
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

  /** Accounts whose name or e-mail contains `q` (case-insensitive), by name; `total` over all pages. */
  async search(q: string | undefined, page: number, pageSize: number): Promise<AccountPage> {
    const qb = this.users().createQueryBuilder('u');
    if (q) qb.where('(u.display_name ILIKE :q OR u.email::text ILIKE :q)', { q: likePattern(q) });
    const [items, total] = await qb
      .orderBy('lower(u.display_name)', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items, total };
  }

  /** The account of a set-password token that may still be used (unused, not expired): no hashing before this. */
  async findByUsablePasswordToken(tokenHash: string): Promise<UserAccountEntity | null> {
    return this.users()
      .createQueryBuilder('u')
      .innerJoin(PasswordTokenEntity, 't', 't.user_id = u.id')
      .where('t.token_hash = :tokenHash AND t.used_at IS NULL AND t.expires_at > now()', { tokenHash })
      .getOne();
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
    await this.db.query(`UPDATE app_user SET password_hash = $2, updated_at = now() WHERE id = $1`, [userId, passwordHash]);
  }

  async markSeen(userId: string): Promise<void> {
    await this.db.query(`UPDATE app_user SET last_seen_at = now() WHERE id = $1`, [userId]);
  }

  /**
   * A new set-password token for an existing account, its older tokens void, and whatever `within`
   * adds (the invitation mail) — in one transaction.
   */
  async replacePasswordToken(
    userId: string,
    token: { tokenHash: string; expiresAt: Date },
    within: (em: EntityManager) => Promise<void>,
  ): Promise<void> {
    await this.db.transaction(async (em) => {
      await em.query(`UPDATE password_token SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
      await em.getRepository(PasswordTokenEntity).insert({ userId, ...token });
      await within(em);
    });
  }

  /**
   * Runs `work` in one transaction holding the admins lock, so that two admins deactivating each
   * other at once cannot leave no active admin behind.
   */
  withAdminsLock<T>(work: (tx: AdminsTx) => Promise<T>): Promise<T> {
    return this.db.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('ecampus:admins'))`);
      return work({
        find: async (userId) => (isId(userId) ? this.users(em).findOneBy({ id: userId }) : null),
        otherActiveAdmins: async (userId) => {
          const rows: { n: number }[] = await em.query(`SELECT count(*)::int AS n FROM app_user WHERE is_admin AND active AND id <> $1`, [
            userId,
          ]);
          return rows[0].n;
        },
        update: async (userId, changes) => {
          if (!isId(userId)) return null;
          const [rows]: [{ id: string }[], number] = await em.query(
            `UPDATE app_user SET
                display_name = COALESCE($2, display_name),
                active = COALESCE($3, active),
                deactivated_at = CASE WHEN $3::boolean IS NULL THEN deactivated_at WHEN $3 THEN NULL ELSE COALESCE(deactivated_at, now()) END,
                updated_at = now()
              WHERE id = $1
              RETURNING id`,
            [userId, changes.displayName ?? null, changes.active ?? null],
          );
          return rows.length ? this.users(em).findOneBy({ id: userId }) : null;
        },
      });
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
