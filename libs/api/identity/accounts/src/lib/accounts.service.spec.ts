import { BadRequestException, ConflictException, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AdminsTx, InitialAdminTx, NewAccount } from './accounts.repository';
import { AccountsService, type AccountQueries, type Hasher, type Invitations, type Strength } from './accounts.service';
import type { InvitationMailInput } from './invitation-mail';
import { sha256Hex } from './tokens';
import type { UserAccountEntity } from './user-account.entity';

/** A real, never connected EntityManager: the fake transaction handed to `within`. */
const unusedTransaction: EntityManager = new DataSource({ type: 'postgres' }).manager;

/** In-memory stand-in for the repository: e-mails unique case-insensitively like citext. */
class FakeAccountsRepository implements AccountQueries {
  users: UserAccountEntity[] = [];
  tokens: { userId: string; tokenHash: string; expiresAt: Date; usedAt: Date | null }[] = [];

  private add(a: NewAccount): UserAccountEntity | null {
    if (this.users.some((u) => u.email.toLowerCase() === a.email.toLowerCase())) return null;
    const u: UserAccountEntity = {
      ...a,
      id: `00000000-0000-4000-8000-${String(this.users.length + 1).padStart(12, '0')}`,
      active: true,
      deactivatedAt: null,
      lastSeenAt: null,
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    this.users.push(u);
    return u;
  }
  async findById(id: string) {
    return this.users.find((u) => u.id === id) ?? null;
  }
  async findByIds(ids: string[]) {
    return this.users.filter((u) => ids.includes(u.id));
  }
  async findByEmail(email: string) {
    return this.users.find((u) => u.email.toLowerCase() === email.trim().toLowerCase()) ?? null;
  }
  async insert(a: NewAccount) {
    return this.add(a);
  }
  async insertWithPasswordToken(
    a: NewAccount,
    t: { tokenHash: string; expiresAt: Date },
    within: (u: UserAccountEntity, em: EntityManager) => Promise<void>,
  ) {
    const u = this.add(a);
    if (!u) return null;
    this.tokens.push({ userId: u.id, ...t, usedAt: null });
    await within(u, unusedTransaction);
    return u;
  }
  async consumePasswordToken(tokenHash: string, passwordHash: string) {
    const t = this.tokens.find((x) => x.tokenHash === tokenHash && !x.usedAt && x.expiresAt > new Date());
    if (!t) return null;
    t.usedAt = new Date();
    const u = this.users.find((x) => x.id === t.userId) ?? null;
    if (u) u.passwordHash = passwordHash;
    return u;
  }
  async search(q: string | undefined, page: number, pageSize: number) {
    const found = this.users
      .filter((u) => !q || `${u.displayName} ${u.email}`.toLowerCase().includes(q.toLowerCase()))
      .sort((a, b) => a.displayName.localeCompare(b.displayName));
    return { items: found.slice((page - 1) * pageSize, page * pageSize), total: found.length };
  }
  async findByUsablePasswordToken(tokenHash: string) {
    const t = this.tokens.find((x) => x.tokenHash === tokenHash && !x.usedAt && x.expiresAt > new Date());
    return this.users.find((u) => u.id === t?.userId) ?? null;
  }
  async setPasswordHash(userId: string, passwordHash: string) {
    for (const u of this.users.filter((x) => x.id === userId)) u.passwordHash = passwordHash;
  }
  async markSeen(userId: string) {
    for (const u of this.users.filter((x) => x.id === userId)) u.lastSeenAt = new Date();
  }
  async replacePasswordToken(userId: string, t: { tokenHash: string; expiresAt: Date }, within: (em: EntityManager) => Promise<void>) {
    for (const old of this.tokens.filter((x) => x.userId === userId && !x.usedAt)) old.usedAt = new Date();
    this.tokens.push({ userId, ...t, usedAt: null });
    await within(unusedTransaction);
  }
  async withAdminsLock<T>(work: (tx: AdminsTx) => Promise<T>): Promise<T> {
    return work({
      find: (userId) => this.findById(userId),
      otherActiveAdmins: async (userId) => this.users.filter((u) => u.isAdmin && u.active && u.id !== userId).length,
      update: async (userId, changes) => {
        const u = this.users.find((x) => x.id === userId);
        if (!u) return null;
        if (changes.displayName !== undefined) u.displayName = changes.displayName;
        if (changes.active !== undefined) {
          u.deactivatedAt = changes.active ? null : (u.deactivatedAt ?? new Date());
          u.active = changes.active;
        }
        return u;
      },
    });
  }
  /** No concurrency in memory: the lock is the call itself. */
  async withInitialAdminLock<T>(work: (tx: InitialAdminTx) => Promise<T>): Promise<T> {
    return work({
      adminExists: async () => this.users.some((u) => u.isAdmin),
      findByEmail: (email) => this.findByEmail(email),
      promoteToAdmin: async (userId, passwordHash) => {
        for (const u of this.users.filter((x) => x.id === userId)) {
          u.isAdmin = true;
          u.passwordHash ??= passwordHash;
        }
      },
      insert: async (a) => void this.add(a),
    });
  }
}

const hasher = {
  hash: jest.fn(async (p: string) => `hash:${p}`),
  verify: jest.fn(async (h: string | null | undefined, p: string) => h === `hash:${p}`),
} satisfies Hasher;

/** The real check is password-strength.spec's; here a password containing "schwach" is weak. */
const strength: Strength = { weakness: (p: string) => (p.includes('schwach') ? 'Zu leicht zu erraten.' : null) };

describe('AccountsService', () => {
  let repo: FakeAccountsRepository;
  let mails: InvitationMailInput[];
  let service: AccountsService;

  beforeEach(() => {
    repo = new FakeAccountsRepository();
    mails = [];
    const mailer: Invitations = { sendInvitation: async (m: InvitationMailInput) => void mails.push(m) };
    service = new AccountsService(repo, hasher, mailer, strength, { PUBLIC_URL: 'https://campus.example/' });
    hasher.verify.mockClear();
    hasher.hash.mockClear();
  });

  it('creates a user with a hashed password and never returns the hash', async () => {
    const u = await service.createUser({ email: ' ana@example.org ', displayName: ' Ana ', password: 'geheim-genug' });
    expect(u).toEqual({ id: expect.any(String), email: 'ana@example.org', displayName: 'Ana', isAdmin: false });
    expect(repo.users[0].passwordHash).toBe('hash:geheim-genug');
    expect(mails).toEqual([]);
  });

  it('answers 409 email_taken for a duplicate in another letter case', async () => {
    await service.createUser({ email: 'ana@example.org', displayName: 'Ana', password: 'geheim-genug' });
    const err = await service.createUser({ email: 'ANA@example.org', displayName: 'Ana 2', password: 'geheim-genug' }).catch((e) => e);
    expect(err).toBeInstanceOf(ConflictException);
    expect(err.getResponse()).toEqual({ code: 'email_taken', message: expect.any(String) });
  });

  it('invites without a password: a hashed one-time token and a mail with the link', async () => {
    const u = await service.createUser({ email: 'bea@example.org', displayName: 'Bea', invitedByName: 'Admin' });
    expect(repo.users[0].passwordHash).toBeNull();
    expect(mails).toHaveLength(1);
    const token = /passwort-setzen\?token=([^&\s]+)/.exec(mails[0].link)?.[1] ?? '';
    expect(mails[0].link.startsWith('https://campus.example/passwort-setzen?token=')).toBe(true);
    expect(repo.tokens[0].tokenHash).toBe(sha256Hex(decodeURIComponent(token)));
    expect(repo.tokens[0].expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
    expect(await service.setPasswordWithToken(decodeURIComponent(token), 'mein-passwort')).toEqual(u);
    await expect(service.setPasswordWithToken(decodeURIComponent(token), 'anderes-passwort')).rejects.toBeInstanceOf(BadRequestException);
  });

  it('inviteUser returns an existing person unchanged (created: false, no mail)', async () => {
    const existing = await service.createUser({ email: 'cem@example.org', displayName: 'Cem', password: 'geheim-genug' });
    const r = await service.inviteUser({
      email: 'CEM@example.org',
      displayName: 'Jemand',
      invitedByName: 'Koordination',
      programTitle: 'P',
    });
    expect(r).toEqual({ user: existing, created: false });
    expect(mails).toEqual([]);
    const n = await service.inviteUser({
      email: 'dora@example.org',
      displayName: 'Dora',
      invitedByName: 'Koordination',
      programTitle: 'Netz 2027',
    });
    expect(n.created).toBe(true);
    expect(mails[0]).toMatchObject({ invitedByName: 'Koordination', programTitle: 'Netz 2027' });
  });

  it('refuses unknown and empty set-password tokens with 400 invalid_token', async () => {
    const err = await service.setPasswordWithToken('erfunden', 'mein-passwort').catch((e) => e);
    expect(err.getResponse()).toEqual({ code: 'invalid_token', message: expect.stringContaining('ungültig') });
    await expect(service.setPasswordWithToken('', 'mein-passwort')).rejects.toBeInstanceOf(BadRequestException);
  });

  it('verifies credentials, running the hasher also for unknown e-mails', async () => {
    await service.createUser({ email: 'eva@example.org', displayName: 'Eva', password: 'richtig-passwort' });
    expect(await service.verifyCredentials('EVA@example.org', 'richtig-passwort')).toMatchObject({ email: 'eva@example.org' });
    expect(await service.verifyCredentials('eva@example.org', 'falsch')).toBeNull();
    expect(await service.verifyCredentials('niemand@example.org', 'falsch')).toBeNull();
    expect(hasher.verify).toHaveBeenCalledTimes(3);
    expect(hasher.verify).toHaveBeenLastCalledWith(undefined, 'falsch');
  });

  it('finds by ids and by e-mail', async () => {
    const a = await service.createUser({ email: 'f@example.org', displayName: 'F', password: 'geheim-genug' });
    expect(await service.findByIds([a.id, 'unbekannt'])).toEqual([a]);
    expect(await service.findByEmail('F@EXAMPLE.org')).toEqual(a);
    expect(await service.findById('unbekannt')).toBeNull();
  });

  it('creates the first admin once; an existing account with that e-mail is promoted instead', async () => {
    expect(await service.ensureInitialAdmin(' admin@example.org ', 'geheim-genug')).toBe('created');
    expect(repo.users).toEqual([expect.objectContaining({ email: 'admin@example.org', isAdmin: true, passwordHash: 'hash:geheim-genug' })]);
    expect(await service.ensureInitialAdmin('other@example.org', 'geheim-genug')).toBe('exists');
    expect(repo.users).toHaveLength(1);

    const fresh = new FakeAccountsRepository();
    const second = new AccountsService(fresh, hasher, { sendInvitation: async () => undefined }, strength, {
      PUBLIC_URL: 'https://campus.example/',
    });
    await second.createUser({ email: 'gabi@example.org', displayName: 'Gabi', password: 'eigenes-passwort' });
    expect(await second.ensureInitialAdmin('GABI@example.org', 'admin-passwort')).toBe('promoted');
    expect(fresh.users[0]).toMatchObject({ isAdmin: true, passwordHash: 'hash:eigenes-passwort' });
  });

  const fieldOf = (e: BadRequestException) => (e.getResponse() as { fields: Record<string, string> }).fields;

  it('refuses a guessable password at the field, before hashing it', async () => {
    const err = await service.createUser({ email: 'h@example.org', displayName: 'H', password: 'ganz-schwach' }).catch((e) => e);
    expect(err).toBeInstanceOf(BadRequestException);
    expect(err.getResponse()).toEqual({
      code: 'validation_failed',
      message: 'Zu leicht zu erraten.',
      fields: { password: 'Zu leicht zu erraten.' },
    });
    expect(hasher.hash).not.toHaveBeenCalled();
    expect(repo.users).toEqual([]);
  });

  it('checks a set-password token before any hashing; a weak password keeps the link usable', async () => {
    await service.createUser({ email: 'i@example.org', displayName: 'I', invitedByName: 'Admin' });
    const token = decodeURIComponent(/token=([^&\s]+)/.exec(mails[0].link)?.[1] ?? '');
    hasher.hash.mockClear();
    await expect(service.setPasswordWithToken('erfunden', 'gutes-passwort')).rejects.toBeInstanceOf(BadRequestException);
    const weak = await service.setPasswordWithToken(token, 'schwach-1').catch((e) => e);
    expect(fieldOf(weak)).toEqual({ password: 'Zu leicht zu erraten.' });
    expect(hasher.hash).not.toHaveBeenCalled();
    await expect(service.setPasswordWithToken(token, 'gutes-passwort')).resolves.toMatchObject({ email: 'i@example.org' });
    expect(hasher.hash).toHaveBeenCalledTimes(1);
  });

  it('refuses a deactivated account: no login, no set-password link, no invitation', async () => {
    const u = await service.createUser({ email: 'j@example.org', displayName: 'J', password: 'richtig-genug' });
    const invited = await service.createUser({ email: 'k@example.org', displayName: 'K', invitedByName: 'Admin' });
    const token = decodeURIComponent(/token=([^&\s]+)/.exec(mails[0].link)?.[1] ?? '');
    const admin = await service.createUser({ email: 'adm@example.org', displayName: 'Adm', password: 'richtig-genug', isAdmin: true });
    expect(await service.updateAccount(u.id, { active: false }, admin.id)).toMatchObject({
      deactivated: true,
      account: { status: 'deactivated' },
    });
    await service.updateAccount(invited.id, { active: false }, admin.id);
    expect(await service.verifyCredentials('j@example.org', 'richtig-genug')).toBeNull();
    expect(hasher.verify).toHaveBeenCalledTimes(1); // the same work as a wrong password
    expect(await service.findActiveById(u.id)).toBeNull();
    await expect(service.setPasswordWithToken(token, 'gutes-passwort')).rejects.toBeInstanceOf(BadRequestException);
    await expect(service.resendInvitation(invited.id, 'Admin')).rejects.toBeInstanceOf(UnprocessableEntityException);

    expect(await service.updateAccount(u.id, { active: true }, admin.id)).toMatchObject({
      deactivated: false,
      account: { active: true, status: 'active' },
    });
    expect(await service.verifyCredentials('j@example.org', 'richtig-genug')).toMatchObject({ id: u.id });
  });

  it('keeps an admin from deactivating herself and the last active admin', async () => {
    const ada = await service.createUser({ email: 'ada@example.org', displayName: 'Ada', password: 'richtig-genug', isAdmin: true });
    const bea = await service.createUser({ email: 'bea2@example.org', displayName: 'Bea', password: 'richtig-genug', isAdmin: true });
    await expect(service.updateAccount(ada.id, { active: false }, ada.id)).rejects.toBeInstanceOf(UnprocessableEntityException);
    await service.updateAccount(bea.id, { active: false }, ada.id);
    // Ada is the last active admin now: nobody (not even a stale admin session of Bea's) deactivates her.
    const last = await service.updateAccount(ada.id, { active: false }, bea.id).catch((e) => e);
    expect(last).toBeInstanceOf(UnprocessableEntityException);
    expect(last.getResponse()).toEqual({ code: 'rule_violated', message: expect.stringContaining('letzte aktive') });
    expect(await service.updateAccount(ada.id, { displayName: ' Ada Admin ' }, ada.id)).toMatchObject({
      account: { displayName: 'Ada Admin', active: true },
    });
    await expect(service.updateAccount('00000000-0000-4000-8000-00000000ffff', { active: true }, ada.id)).rejects.toBeInstanceOf(
      NotFoundException,
    );
  });

  it('changes her password only with the current one, and only to a strong one', async () => {
    const u = await service.createUser({ email: 'l@example.org', displayName: 'L', password: 'altes-passwort' });
    expect(fieldOf(await service.changePassword(u.id, 'falsch', 'neues-passwort').catch((e) => e))).toEqual({
      currentPassword: 'Das bisherige Passwort stimmt nicht.',
    });
    expect(fieldOf(await service.changePassword(u.id, 'altes-passwort', 'schwach').catch((e) => e))).toEqual({
      newPassword: 'Zu leicht zu erraten.',
    });
    await service.changePassword(u.id, 'altes-passwort', 'neues-passwort');
    expect(await service.verifyCredentials('l@example.org', 'neues-passwort')).toMatchObject({ id: u.id });
  });

  it('sends a new invitation only to someone without a password; her older links die', async () => {
    const invited = await service.createUser({ email: 'm@example.org', displayName: 'M', invitedByName: 'Admin' });
    const first = decodeURIComponent(/token=([^&\s]+)/.exec(mails[0].link)?.[1] ?? '');
    await service.resendInvitation(invited.id, 'Ada');
    expect(mails).toHaveLength(2);
    expect(mails[1]).toMatchObject({ invitedByName: 'Ada', user: { id: invited.id } });
    const second = decodeURIComponent(/token=([^&\s]+)/.exec(mails[1].link)?.[1] ?? '');
    await expect(service.setPasswordWithToken(first, 'gutes-passwort')).rejects.toBeInstanceOf(BadRequestException);
    await service.setPasswordWithToken(second, 'gutes-passwort');
    const again = await service.resendInvitation(invited.id, 'Ada').catch((e) => e);
    expect(again).toBeInstanceOf(ConflictException);
    expect(again.getResponse()).toMatchObject({ code: 'password_already_set' });
    await expect(service.resendInvitation('00000000-0000-4000-8000-00000000ffff', 'Ada')).rejects.toBeInstanceOf(NotFoundException);
  });

  it('lists accounts by search and page with their status', async () => {
    await service.createUser({ email: 'zora@example.org', displayName: 'Zora Zimmer', password: 'richtig-genug' });
    await service.createUser({ email: 'yusuf@example.org', displayName: 'Yusuf Zimmer', invitedByName: 'Admin' });
    await service.createUser({ email: 'xaver@example.org', displayName: 'Xaver', password: 'richtig-genug' });
    const page = await service.listAccounts({ q: 'zimmer', page: 1, pageSize: 1 });
    expect(page).toEqual({
      items: [
        expect.objectContaining({
          displayName: 'Yusuf Zimmer',
          status: 'invited',
          active: true,
          lastSeenAt: null,
          createdAt: expect.any(String),
        }),
      ],
      total: 2,
      page: 1,
      pageSize: 1,
    });
    expect((await service.listAccounts({ q: 'zimmer', page: 2, pageSize: 1 })).items.map((a) => a.displayName)).toEqual(['Zora Zimmer']);
    expect((await service.listAccounts({ page: 1, pageSize: 20 })).total).toBe(3);
  });
});
