import { HttpException } from '@nestjs/common';
import type { AuthUser } from '@ecampus/api/platform/auth';
import type { NoticeRow } from '@ecampus/api/notifications/notices';
import { DEFAULT_LOCALE, setLocaleSource } from '@ecampus/shared/contracts';
import { NotificationsService, type NotificationsQueries } from './notifications.service';

/*
 * The rules with an in-memory fake of the repository, typed by what the service needs: a changed
 * repository signature fails type-check here. The same rules run against real PostgreSQL in
 * ../notifications.integration-spec.ts.
 */

const ADA: AuthUser = { id: '00000000-0000-4000-8000-000000000001', email: 'ada@example.org', isAdmin: false, sessionId: 's1' };
const BEA: AuthUser = { id: '00000000-0000-4000-8000-000000000002', email: 'bea@example.org', isAdmin: false, sessionId: 's2' };
const READ_AT = new Date('2027-07-01T09:00:00Z');

/** Notices of every person in memory, newest last in the array. */
class FakeNotices implements NotificationsQueries {
  readonly rows: NoticeRow[] = [];

  add(userId: string, title: string): NoticeRow {
    const row: NoticeRow = {
      id: `n-${this.rows.length + 1}`,
      userId,
      kind: 'test',
      title,
      body: '',
      link: '/bescheinigungen',
      createdAt: new Date(Date.UTC(2027, 5, 1, 10, this.rows.length)),
      readAt: null,
    };
    this.rows.push(row);
    return row;
  }

  async list(userId: string, limit: number): Promise<NoticeRow[]> {
    return this.rows
      .filter((r) => r.userId === userId)
      .reverse()
      .slice(0, limit);
  }

  async unread(userId: string): Promise<number> {
    return this.rows.filter((r) => r.userId === userId && !r.readAt).length;
  }

  async markRead(userId: string, id: string): Promise<NoticeRow | null> {
    const row = this.rows.find((r) => r.id === id && r.userId === userId);
    if (!row) return null;
    row.readAt ??= READ_AT;
    return row;
  }

  async markAllRead(userId: string): Promise<number> {
    const unread = this.rows.filter((r) => r.userId === userId && !r.readAt);
    unread.forEach((r) => (r.readAt = READ_AT));
    return unread.length;
  }
}

/** The HTTP error a call was refused with. */
async function refusal(work: Promise<unknown>): Promise<HttpException> {
  try {
    await work;
  } catch (e) {
    if (e instanceof HttpException) return e;
    throw e;
  }
  throw new Error('expected the call to be refused');
}

describe('NotificationsService', () => {
  let notices: FakeNotices;
  let service: NotificationsService;

  beforeEach(() => {
    notices = new FakeNotices();
    service = new NotificationsService(notices);
  });
  afterEach(() => setLocaleSource(() => DEFAULT_LOCALE));

  it('lists her newest notices with the unread count of all of them, dates as ISO strings', async () => {
    notices.add(ADA.id, 'Eins');
    notices.add(ADA.id, 'Zwei');
    notices.add(ADA.id, 'Drei');
    notices.add(BEA.id, 'Von Bea');

    const list = await service.list(ADA, { limit: 2 });
    expect(list).toMatchObject({ total: 2, unread: 3 });
    expect(list.items.map((n) => n.title)).toEqual(['Drei', 'Zwei']);
    expect(list.items[0]).toEqual({
      id: 'n-3',
      kind: 'test',
      title: 'Drei',
      body: '',
      link: '/bescheinigungen',
      createdAt: '2027-06-01T10:02:00.000Z',
      readAt: null,
    });
  });

  it('marks one of hers read; another person’s is unknown (404), in the caller’s language', async () => {
    const mine = notices.add(ADA.id, 'Meine');
    const theirs = notices.add(BEA.id, 'Beas');

    expect(await service.markRead(ADA, mine.id)).toMatchObject({ id: mine.id, readAt: READ_AT.toISOString() });
    expect((await service.list(ADA, { limit: 20 })).unread).toBe(0);

    const german = await refusal(service.markRead(ADA, theirs.id));
    expect(german.getStatus()).toBe(404);
    expect(german.getResponse()).toMatchObject({ code: 'not_found', message: 'Diese Benachrichtigung gibt es nicht.' });
    setLocaleSource(() => 'en');
    expect((await refusal(service.markRead(ADA, theirs.id))).getResponse()).toMatchObject({
      message: 'This notification does not exist.',
    });
    expect(theirs.readAt).toBeNull();
  });

  it('marks all of hers read and says how many', async () => {
    notices.add(ADA.id, 'Eins');
    notices.add(ADA.id, 'Zwei');
    const beas = notices.add(BEA.id, 'Beas');

    expect(await service.markAllRead(ADA)).toEqual({ marked: 2 });
    expect(await service.markAllRead(ADA)).toEqual({ marked: 0 });
    expect(beas.readAt).toBeNull();
  });
});
