import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { assertNotArchived, type Caller, type ProgramAccess } from '@ecampus/api/programs/access';
import {
  discardRequestBody,
  FileStorage,
  newStorageKey,
  sendStoredFile,
  StoredFileNotFoundError,
  UploadReceiver,
  type ReceivedFile,
} from '@ecampus/api/platform/storage';
import type { Material } from '@ecampus/shared/contracts';
import { CurriculumAccess, type ModuleAccess } from './curriculum-access';
import { moduleLocked, moduleNotFound, onlyStaff } from './curriculum.errors';
import { CurriculumTransaction } from './curriculum.transaction';
import { isStaff, lockOf } from './curriculum.rules';
import { materialNotFound } from './materials.errors';
import { MaterialsRepository, type MaterialCopy, type MaterialRow } from './materials.repository';
import { ModulesRepository } from './modules.repository';

/** Storage keys of materials: `materials/<uuid>`. */
export const MATERIALS_KEY_PREFIX = 'materials';

/** A material as clients see it; downloaded from `downloadUrl` with the caller's token. */
export function toMaterial(row: MaterialRow): Material {
  return {
    id: row.id,
    moduleId: row.moduleId,
    fileName: row.fileName,
    contentType: row.contentType,
    kind: row.kind,
    sizeBytes: row.sizeBytes,
    pageCount: row.pageCount,
    position: row.position,
    downloadUrl: `/api/materials/${row.id}/file`,
    createdAt: row.createdAt.toISOString(),
  };
}

interface MaterialAccess {
  material: MaterialRow;
  access: ProgramAccess;
  staff: boolean;
}

/**
 * Materials of a module (issue 8, decision 023): uploads checked and stored by the platform's
 * `UploadReceiver`, downloads through `sendStoredFile`, the files of copies and deleted modules.
 * Who may do what: staff of the module's program upload and delete (not in an archived program);
 * whoever may see the module downloads, participants only while it is not locked for them.
 * A row is written only for a stored file, and a file whose row could not be written is removed.
 */
@Injectable()
export class MaterialsService {
  private readonly logger = new Logger('MaterialsService');

  constructor(
    private readonly materials: MaterialsRepository,
    private readonly modules: ModulesRepository,
    private readonly transaction: CurriculumTransaction,
    private readonly guard: CurriculumAccess,
    private readonly storage: FileStorage,
    private readonly uploads: UploadReceiver,
  ) {}

  /**
   * `POST /modules/:moduleId/materials`: the caller's standing is checked before a byte of the
   * body is read; a refused caller's body is discarded (never stored) and the connection closed.
   */
  async upload(caller: Caller, moduleId: string, req: IncomingMessage): Promise<Material> {
    let found: ModuleAccess;
    try {
      found = await this.guard.toEditModule(caller, moduleId);
    } catch (e) {
      discardRequestBody(req);
      throw e;
    }
    return this.add(caller, found, await this.uploads.receive(req, MATERIALS_KEY_PREFIX));
  }

  /** The configured upload limit (clients check against it before they send). */
  get uploadMaxBytes(): number {
    return this.uploads.maxBytes;
  }

  /** A file that is not an HTTP upload (the demo seed), with the same rights and checks. */
  async addFile(caller: Caller, moduleId: string, fileName: string, body: Readable): Promise<Material> {
    const found = await this.guard.toEditModule(caller, moduleId);
    return this.add(caller, found, await this.uploads.receiveFile(fileName, body, MATERIALS_KEY_PREFIX));
  }

  /** The module's materials for its detail (the caller's access is the detail's). */
  async listMaterials(moduleId: string): Promise<Material[]> {
    return (await this.materials.listMaterials(moduleId)).map(toMaterial);
  }

  /** `GET /materials/:materialId/file`: the file as a download; 403 `module_locked` while the module is locked for a participant. */
  async download(caller: Caller, materialId: string, res: ServerResponse): Promise<void> {
    const { material, access, staff } = await this.materialAccess(caller, materialId);
    if (!staff) await this.assertOpen(material, access);
    await sendStoredFile(res, this.storage, material);
  }

  /** `DELETE /materials/:materialId` (staff): the row, with a history entry, then the stored file. */
  async deleteMaterial(caller: Caller, materialId: string): Promise<void> {
    const { material, access, staff } = await this.materialAccess(caller, materialId);
    if (!staff) throw onlyStaff();
    assertNotArchived(access);
    await this.transaction.atomically(material.programId, async (tx) => {
      if (!(await tx.materials.deleteMaterial(material.moduleId, materialId))) throw materialNotFound();
      await tx.history.addRevision({
        moduleId: material.moduleId,
        actorId: caller.id,
        action: 'material_deleted',
        lesson: { id: materialId, title: material.fileName },
        changes: { fileName: { from: material.fileName, to: null } },
      });
    });
    // After the commit: a failure here leaves an orphaned file (logged), never a row without its file.
    await this.deleteStoredFiles([material.storageKey]);
  }

  /**
   * For a module copy: each material's file copied under a new key (server-side on S3). A file
   * missing in the storage is left out of the copy (logged). The caller writes the rows with
   * `tx.materials.insertCopies` and removes the files with `deleteStoredFiles` if that fails.
   */
  async copyStoredFiles(sourceModuleId: string): Promise<MaterialCopy[]> {
    const copies: MaterialCopy[] = [];
    try {
      for (const row of await this.materials.listMaterials(sourceModuleId)) {
        const storageKey = newStorageKey(MATERIALS_KEY_PREFIX);
        try {
          await this.storage.copy(row.storageKey, storageKey);
        } catch (e) {
          if (!(e instanceof StoredFileNotFoundError)) throw e;
          this.logger.warn(`Material ${row.id} (${row.storageKey}) fehlt im Speicher und wird nicht mitkopiert.`);
          continue;
        }
        copies.push({ sourceId: row.id, storageKey });
      }
    } catch (e) {
      await this.deleteStoredFiles(copies.map((c) => c.storageKey));
      throw e;
    }
    return copies;
  }

  /** Removes stored files whose rows are gone (best effort: a failure is logged, the file stays orphaned). */
  async deleteStoredFiles(keys: string[]): Promise<void> {
    for (const key of keys) {
      try {
        await this.storage.delete(key);
      } catch (e) {
        this.logger.error(`Datei ${key} konnte nicht gelöscht werden: ${(e as Error).message}`);
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  /** The row for a stored upload, at the end of the module's materials, with its history entry. */
  private async add(caller: Caller, { module }: ModuleAccess, file: ReceivedFile): Promise<Material> {
    let id: string;
    try {
      id = await this.transaction.atomically(module.programId, async (tx) => {
        // The upload took a while: the module may have gone meanwhile.
        if (!(await tx.modules.findModuleRef(module.id))) throw moduleNotFound();
        const materialId = await tx.materials.insertMaterial(module.id, file, caller.id);
        await tx.history.addRevision({
          moduleId: module.id,
          actorId: caller.id,
          action: 'material_added',
          lesson: { id: materialId, title: file.fileName },
          changes: { fileName: { from: null, to: file.fileName } },
        });
        return materialId;
      });
    } catch (e) {
      // No row: the stored file goes too.
      await this.deleteStoredFiles([file.storageKey]);
      throw e;
    }
    const row = await this.materials.findMaterial(id);
    if (!row) throw materialNotFound();
    return toMaterial(row);
  }

  /** The material and the caller's standing: 404 for outsiders and, in a draft, for participants. */
  private async materialAccess(caller: Caller, materialId: string): Promise<MaterialAccess> {
    const material = await this.materials.findMaterial(materialId);
    if (!material) throw materialNotFound();
    const access = await this.guard.inProgram(caller, material.programId, materialNotFound);
    const staff = isStaff(access);
    if (!staff && material.moduleStatus !== 'published') throw materialNotFound();
    return { material, access, staff };
  }

  /** 403 `module_locked` while the material's module is locked for the participant (as for lessons). */
  private async assertOpen(material: MaterialRow, access: ProgramAccess): Promise<void> {
    const modules = await this.modules.listModules(material.programId, access.userId, false);
    const row = modules.find((m) => m.id === material.moduleId);
    if (!row) throw materialNotFound();
    if (lockOf(row, modules, false, new Date())) throw moduleLocked();
  }
}
