import { HttpClient, HttpContext } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { MaterialSchema, type Material } from '@ecampus/shared/contracts';
import { SKIP_GLOBAL_ERROR } from '@ecampus/web/shared/data-access';
import { Observable, map } from 'rxjs';
import { postFile, type UploadEvent } from './upload';

const context = () => ({ context: new HttpContext().set(SKIP_GLOBAL_ERROR, true) });
const enc = encodeURIComponent;

/**
 * Materials of a module (staff upload and delete; everyone who sees the module downloads them
 * with `FileDownload` and the material's `downloadUrl`). They are listed in the module's detail.
 */
@Injectable({ providedIn: 'root' })
export class MaterialsApi {
  private readonly http = inject(HttpClient);

  /** Streams the file to `POST /api/modules/:moduleId/materials`; unsubscribing aborts it. */
  upload(moduleId: string, file: File): Observable<UploadEvent<Material>> {
    return postFile(this.http, `/api/modules/${enc(moduleId)}/materials`, file, (a) => MaterialSchema.parse(a));
  }

  remove(materialId: string): Observable<void> {
    return this.http.delete<unknown>(`/api/materials/${enc(materialId)}`, context()).pipe(map(() => undefined));
  }
}
