import { HttpException } from '@nestjs/common';
import type { ProgramAccess } from '@ecampus/api/programs/access';
import { DEFAULT_LOCALE, setLocaleSource } from '@ecampus/shared/contracts';
import type { NewCurriculumItem, CurriculumItemRow } from './curriculum.repository';
import { CurriculumService, type CurriculumQueries } from './curriculum.service';

/*
 * The rules with an in-memory fake of the repository, typed by what the service needs: a changed
 * repository signature fails type-check here. The same rules run against real PostgreSQL in
 * ../curriculum.integration-spec.ts.
 */

const PROGRAM = '11111111-1111-4111-8111-111111111111';
const OTHER_PROGRAM = '22222222-2222-4222-8222-222222222222';
const COORDINATOR = '00000000-0000-4000-8000-000000000001';

const accessTo = (programId: string, archived = false): ProgramAccess => ({
  programId,
  userId: COORDINATOR,
  isAdmin: false,
  roles: ['coordinator'],
  currentTandem: null,
  archived,
});

/** Items of every program in memory; a title exists once per program, like the unique constraint. */
class FakeItems implements CurriculumQueries {
  readonly rows: CurriculumItemRow[] = [];

  async listItems(programId: string): Promise<CurriculumItemRow[]> {
    return this.rows.filter((r) => r.programId === programId);
  }

  async insertItem(item: NewCurriculumItem): Promise<CurriculumItemRow | null> {
    if (this.rows.some((r) => r.programId === item.programId && r.title === item.title)) return null;
    const row = {
      id: `item-${this.rows.length + 1}`,
      programId: item.programId,
      title: item.title,
      createdAt: new Date('2027-03-01T10:00:00Z'),
    };
    this.rows.push(row);
    return row;
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

describe('CurriculumService', () => {
  let items: FakeItems;
  let service: CurriculumService;

  beforeEach(() => {
    items = new FakeItems();
    service = new CurriculumService(items);
  });
  afterEach(() => setLocaleSource(() => DEFAULT_LOCALE));

  it('adds an item to the program and lists only that program’s items, dates as ISO strings', async () => {
    const created = await service.createItem(accessTo(PROGRAM), { title: 'Erster Eintrag' });
    await service.createItem(accessTo(OTHER_PROGRAM), { title: 'Anderswo' });

    expect(created).toEqual({ id: 'item-1', programId: PROGRAM, title: 'Erster Eintrag', createdAt: '2027-03-01T10:00:00.000Z' });
    expect(await service.listItems(accessTo(PROGRAM))).toEqual([created]);
  });

  it('refuses a second item of the same title in one program (409), in the caller’s language', async () => {
    await service.createItem(accessTo(PROGRAM), { title: 'Doppelt' });

    const german = await refusal(service.createItem(accessTo(PROGRAM), { title: 'Doppelt' }));
    expect(german.getStatus()).toBe(409);
    expect(german.getResponse()).toMatchObject({ code: 'conflict', message: expect.stringContaining('Titel') });

    setLocaleSource(() => 'en');
    const english = await refusal(service.createItem(accessTo(PROGRAM), { title: 'Doppelt' }));
    expect(english.getResponse()).toMatchObject({ message: expect.stringContaining('title') });

    expect(await service.createItem(accessTo(OTHER_PROGRAM), { title: 'Doppelt' })).toMatchObject({ programId: OTHER_PROGRAM });
  });

  it('refuses new items in an archived program (422 program_archived)', async () => {
    const refused = await refusal(service.createItem(accessTo(PROGRAM, true), { title: 'Zu spät' }));
    expect(refused.getStatus()).toBe(422);
    expect(refused.getResponse()).toMatchObject({ code: 'program_archived' });
    expect(items.rows).toEqual([]);
  });
});
