import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CurriculumItemEntity } from './entities';

export interface CurriculumItemRow {
  id: string;
  programId: string;
  title: string;
  createdAt: Date;
}

export interface NewCurriculumItem {
  programId: string;
  title: string;
  createdBy: string;
}

/** The only place that queries `curriculum_item`; every query is scoped by program. Ids arrive validated. */
@Injectable()
export class CurriculumRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The program's items, oldest first. */
  listItems(programId: string): Promise<CurriculumItemRow[]> {
    return this.db.getRepository(CurriculumItemEntity).find({
      select: { id: true, programId: true, title: true, createdAt: true },
      where: { programId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The new item, or null when the program has one of this title (the unique constraint decides, also under concurrency). */
  async insertItem(item: NewCurriculumItem): Promise<CurriculumItemRow | null> {
    const rows: CurriculumItemRow[] = await this.db.query(
      `INSERT INTO curriculum_item (program_id, title, created_by) VALUES ($1, $2, $3)
       ON CONFLICT (program_id, title) DO NOTHING
       RETURNING id, program_id AS "programId", title, created_at AS "createdAt"`,
      [item.programId, item.title, item.createdBy],
    );
    return rows[0] ?? null;
  }
}
