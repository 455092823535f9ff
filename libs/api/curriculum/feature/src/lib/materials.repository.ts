import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import type { FileKind, ModuleStatus } from '@ecampus/shared/contracts';

/** A material with what access checks need of its module. */
export interface MaterialRow {
  id: string;
  moduleId: string;
  programId: string;
  moduleStatus: ModuleStatus;
  fileName: string;
  contentType: string;
  kind: FileKind;
  sizeBytes: number;
  pageCount: number | null;
  storageKey: string;
  position: number;
  createdAt: Date;
}

/** What a new material row takes (a checked, stored upload). */
export interface NewMaterial {
  storageKey: string;
  fileName: string;
  contentType: string;
  kind: FileKind;
  sizeBytes: number;
  pageCount: number | null;
}

/** A stored file copied for a module copy: the source row and the copy's key. */
export interface MaterialCopy {
  sourceId: string;
  storageKey: string;
}

// size_bytes is bigint (pg answers a string); float8 is exact far beyond UPLOAD_MAX_BYTES.
const MATERIAL_COLUMNS = `m.id, m.module_id AS "moduleId", cm.program_id AS "programId", cm.status AS "moduleStatus",
  m.file_name AS "fileName", m.content_type AS "contentType", m.kind, m.size_bytes::float8 AS "sizeBytes",
  m.page_count AS "pageCount", m.storage_key AS "storageKey", m.position, m.created_at AS "createdAt"`;

/**
 * Materials of modules: the only place that queries `curriculum_material`. Scoped by module or
 * material; ids arrive validated. Rows only describe files: the bytes are in the storage under
 * `storage_key`. Changes run inside `CurriculumTransaction.atomically` (the program's lock).
 */
@Injectable()
export class MaterialsRepository {
  /** `q` is the data source's manager, or the transaction's (`CurriculumTransaction.atomically`). */
  constructor(@InjectEntityManager() private readonly q: EntityManager) {}

  /** The module's materials in order. */
  listMaterials(moduleId: string): Promise<MaterialRow[]> {
    return this.q.query(
      `SELECT ${MATERIAL_COLUMNS}
         FROM curriculum_material m JOIN curriculum_module cm ON cm.id = m.module_id
        WHERE m.module_id = $1
        ORDER BY m.position, m.created_at, m.id`,
      [moduleId],
    );
  }

  async findMaterial(materialId: string): Promise<MaterialRow | null> {
    const rows: MaterialRow[] = await this.q.query(
      `SELECT ${MATERIAL_COLUMNS} FROM curriculum_material m JOIN curriculum_module cm ON cm.id = m.module_id WHERE m.id = $1`,
      [materialId],
    );
    return rows[0] ?? null;
  }

  /** A material at the end of the module's order; its id. */
  async insertMaterial(moduleId: string, file: NewMaterial, uploadedBy: string): Promise<string> {
    const rows: { id: string }[] = await this.q.query(
      `INSERT INTO curriculum_material (module_id, file_name, content_type, kind, size_bytes, page_count, storage_key, uploaded_by, position)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8, COALESCE(max(position), 0) + 1 FROM curriculum_material WHERE module_id = $1
       RETURNING id`,
      [moduleId, file.fileName, file.contentType, file.kind, file.sizeBytes, file.pageCount, file.storageKey, uploadedBy],
    );
    return rows[0].id;
  }

  /** Deletes the material and closes the gap in its module's order; whether it was there. */
  async deleteMaterial(moduleId: string, materialId: string): Promise<boolean> {
    // A DELETE answers [rows, count] through TypeORM's postgres driver.
    const [gone]: [{ position: number }[], number] = await this.q.query(
      `DELETE FROM curriculum_material WHERE id = $2 AND module_id = $1 RETURNING position`,
      [moduleId, materialId],
    );
    if (gone.length === 0) return false;
    await this.q.query(`UPDATE curriculum_material SET position = position - 1 WHERE module_id = $1 AND position > $2`, [
      moduleId,
      gone[0].position,
    ]);
    return true;
  }

  /** The storage keys of a module's materials (to remove the files once the rows are gone). */
  async storageKeysOf(moduleId: string): Promise<string[]> {
    const rows: { storageKey: string }[] = await this.q.query(
      `SELECT storage_key AS "storageKey" FROM curriculum_material WHERE module_id = $1`,
      [moduleId],
    );
    return rows.map((r) => r.storageKey);
  }

  /** Rows for copied files: each source material's description under its copy's key, in the source's order (1…n). */
  async insertCopies(moduleId: string, copies: MaterialCopy[], uploadedBy: string): Promise<void> {
    if (copies.length === 0) return;
    await this.q.query(
      `INSERT INTO curriculum_material (module_id, file_name, content_type, kind, size_bytes, page_count, storage_key, uploaded_by, position)
       SELECT $1, s.file_name, s.content_type, s.kind, s.size_bytes, s.page_count, c.storage_key, $2,
              row_number() OVER (ORDER BY s.position, s.created_at, s.id)
         FROM unnest($3::uuid[], $4::varchar[]) AS c(source_id, storage_key)
         JOIN curriculum_material s ON s.id = c.source_id`,
      [moduleId, uploadedBy, copies.map((c) => c.sourceId), copies.map((c) => c.storageKey)],
    );
  }
}
