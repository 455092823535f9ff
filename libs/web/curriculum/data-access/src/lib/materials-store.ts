import { Injectable, inject } from '@angular/core';
import type { Material, StoredFile } from '@ecampus/shared/contracts';
import { FileDownload } from '@ecampus/web/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { MaterialsApi } from './materials-api';
import { ModuleStore } from './module-store';
import { uploadTask } from './upload';

/**
 * The materials of the module a ModuleStore holds: one upload at a time with its progress and a
 * cancel, delete, download. Provided beside ModuleStore on the module's route; the list itself is
 * the module's (`ModuleStore.materials`), changed here as the server confirms.
 */
@Injectable()
export class MaterialsStore {
  private readonly api = inject(MaterialsApi);
  private readonly moduleStore = inject(ModuleStore);
  private readonly files = inject(FileDownload);
  private readonly task = uploadTask<Material>();

  readonly materials = this.moduleStore.materials;
  /** The running upload (file name, percent), null when none runs. */
  readonly progress = this.task.progress;
  readonly uploading = this.task.busy;

  /**
   * Uploads a file to the module; resolves with the new material, or null when cancelled. Rejects
   * with the HTTP error (the server's `{code, message}`: wrong type, too large, bad name).
   */
  async upload(file: File): Promise<Material | null> {
    const moduleId = this.requireModuleId();
    const material = await this.task.run(file, (f) => this.api.upload(moduleId, f));
    if (material) await this.moduleStore.changed((m) => ({ ...m, materials: [...m.materials, material] }));
    return material;
  }

  /** Stops the running upload: the request is aborted, nothing is stored. */
  cancel(): void {
    this.task.cancel();
  }

  async remove(materialId: string): Promise<void> {
    await firstValueFrom(this.api.remove(materialId));
    await this.moduleStore.changed((m) => ({ ...m, materials: m.materials.filter((x) => x.id !== materialId) }));
  }

  /** Saves the file under its original name (the token travels in a header, so a plain link cannot). */
  download(material: StoredFile): Promise<void> {
    return this.files.download(material.downloadUrl, material.fileName);
  }

  private requireModuleId(): string {
    const id = this.moduleStore.module()?.id;
    if (!id) throw new Error('MaterialsStore: load the module first');
    return id;
  }
}
