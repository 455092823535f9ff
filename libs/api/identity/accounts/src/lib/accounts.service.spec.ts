import { BadRequestException, ConflictException } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { InitialAdminTx, NewAccount } from './accounts.repository';
import { AccountsService, type AccountQueries, type Hasher, type Invitations } from './accounts.service';
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
    const u = {
      ...a,
      id: `00000000-0000-4000-8000-${String(this.users.length + 1).padStart(12, '0')}`,
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
  hash: async (p: string) => `hash:${p}`,
  verify: jest.fn(async (h: string | null | undefined, p: string) => h === `hash:${p}`),
} satisfies Hasher;

describe('AccountsService', () => {
  let repo: FakeAccountsRepository;
  let mails: InvitationMailInput[];
  let service: AccountsService;

  beforeEach(() => {
    repo = new FakeAccountsRepository();
    mails = [];
    const mailer: Invitations = { sendInvitation: async (m: InvitationMailInput) => void mails.push(m) };
    service = new AccountsService(repo, hasher, mailer, { PUBLIC_URL: 'https://campus.example/' });
    hasher.verify.mockClear();
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
    const second = new AccountsService(fresh, hasher, { sendInvitation: async () => undefined }, { PUBLIC_URL: 'https://campus.example/' });
    await second.createUser({ email: 'gabi@example.org', displayName: 'Gabi', password: 'eigenes-passwort' });
    expect(await second.ensureInitialAdmin('GABI@example.org', 'admin-passwort')).toBe('promoted');
    expect(fresh.users[0]).toMatchObject({ isAdmin: true, passwordHash: 'hash:eigenes-passwort' });
  });
});
