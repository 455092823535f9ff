import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { RealtimeEmitter } from '@ecampus/api/platform/realtime';
import type { NewNotice } from '@ecampus/shared/contracts';
import type { NoticeRow } from './notice-row';
import { NoticeWriter } from './notice-writer';

/*
 * The writer's rules on fakes: push only what was inserted, a failing push is only logged, a notice
 * that breaks the contract never reaches the database. The real insert, the unique constraint and
 * the socket: libs/api/notifications/feature/src/notifications.integration-spec.ts.
 */

const USER = '00000000-0000-4000-8000-000000000001';
const notice: NewNotice = {
  kind: 'certificate-issued',
  title: 'Ihre Teilnahmebescheinigung ist bereit',
  body: 'Ihre Teilnahmebescheinigung für das Programm „Mentoring 2027“ ist ausgestellt.',
  link: '/bescheinigungen',
  dedupeKey: 'certificate:c1',
};
const row: NoticeRow = {
  id: 'n1',
  userId: USER,
  kind: notice.kind,
  title: notice.title,
  body: notice.body,
  link: '/bescheinigungen',
  createdAt: new Date('2027-06-30T10:00:00Z'),
  readAt: null,
};

describe('NoticeWriter', () => {
  let inserted: NoticeRow[];
  let query: jest.Mock;
  let toUser: jest.Mock;
  let writer: NoticeWriter;

  beforeEach(() => {
    inserted = [row];
    query = jest.fn(async () => inserted);
    toUser = jest.fn(async () => undefined);
    writer = new NoticeWriter({ query } as unknown as DataSource, { toUser } as unknown as RealtimeEmitter);
  });

  it('inserts once per person and key, and pushes the new notice to her', async () => {
    const { dedupeKey, ...shown } = notice;
    expect(await writer.notify(USER, notice)).toEqual({ ...shown, id: 'n1', createdAt: '2027-06-30T10:00:00.000Z', readAt: null });
    expect(query.mock.calls[0][0]).toContain('ON CONFLICT (user_id, dedupe_key) DO NOTHING');
    expect(query.mock.calls[0][1]).toEqual([USER, notice.kind, notice.title, notice.body, '/bescheinigungen', dedupeKey]);
    expect(toUser).toHaveBeenCalledWith(USER, 'notification:new', expect.objectContaining({ id: 'n1' }));
  });

  it('pushes nothing when the key was there already', async () => {
    inserted = [];
    expect(await writer.notify(USER, notice)).toBeNull();
    expect(toUser).not.toHaveBeenCalled();
  });

  it('keeps the notice when the push fails (logged only)', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    toUser.mockRejectedValue(new Error('Redis weg'));
    expect(await writer.notify(USER, notice)).toMatchObject({ id: 'n1' });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Redis weg'));
    warn.mockRestore();
  });

  it('refuses a link out of the app and an empty title before any query', async () => {
    for (const link of ['https://example.org', '//example.org', 'bescheinigungen', '/\\example.org', '/a b'])
      await expect(writer.notify(USER, { ...notice, link })).rejects.toThrow();
    await expect(writer.notify(USER, { ...notice, title: '  ' })).rejects.toThrow();
    expect(query).not.toHaveBeenCalled();
    // No link at all is allowed.
    inserted = [{ ...row, link: null }];
    expect(await writer.notify(USER, { ...notice, link: null })).toMatchObject({ link: null });
  });
});
