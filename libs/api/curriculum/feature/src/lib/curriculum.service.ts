import { Inject, Injectable } from '@nestjs/common';
import { assertNotArchived, type ProgramAccess } from '@ecampus/api/programs/access';
import type { CurriculumItem, CreateCurriculumItemRequest } from '@ecampus/shared/contracts';
import { itemTitleTaken } from './curriculum.errors';
import { CurriculumRepository, type CurriculumItemRow } from './curriculum.repository';

/** What the service needs of its repository (unit specs fake exactly this). */
export type CurriculumQueries = Pick<CurriculumRepository, 'listItems' | 'insertItem'>;

const toItem = (row: CurriculumItemRow): CurriculumItem => ({
  id: row.id,
  programId: row.programId,
  title: row.title,
  createdAt: row.createdAt.toISOString(),
});

/**
 * Every rule of Curriculum. Controllers only translate HTTP; the repository only queries.
 * Who may call which route is checked by `@ProgramRoles()` before the service runs; the service
 * gets the caller's standing in the program (`ProgramAccess`) and decides the rest.
 */
@Injectable()
export class CurriculumService {
  constructor(@Inject(CurriculumRepository) private readonly repo: CurriculumQueries) {}

  /** The program's items, for every member of it (and admins). */
  async listItems(access: ProgramAccess): Promise<CurriculumItem[]> {
    return (await this.repo.listItems(access.programId)).map(toItem);
  }

  /** A new item of the program; a title exists once per program (409); an archived program is read-only (422). */
  async createItem(access: ProgramAccess, body: CreateCurriculumItemRequest): Promise<CurriculumItem> {
    assertNotArchived(access);
    const row = await this.repo.insertItem({ programId: access.programId, title: body.title, createdBy: access.userId });
    if (!row) throw itemTitleTaken();
    return toItem(row);
  }
}
