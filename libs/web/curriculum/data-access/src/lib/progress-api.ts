import { HttpClient, HttpContext, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ProgressMatrixSchema, type ProgressMatrix } from '@ecampus/shared/contracts';
import { FileDownload, SKIP_GLOBAL_ERROR } from '@ecampus/web/shared/data-access';
import { Observable, map } from 'rxjs';

/** Stateless HTTP of the progress matrix and its CSV export; answers parsed with the contracts. */
@Injectable({ providedIn: 'root' })
export class ProgressApi {
  private readonly http = inject(HttpClient);
  private readonly files = inject(FileDownload);

  /** `GET /api/programs/:programId/progress[?tandemId=]`: staff everyone (or one tandem), participants themselves and their partner. */
  matrix(programId: string, tandemId: string | null = null): Observable<ProgressMatrix> {
    const params = tandemId ? new HttpParams().set('tandemId', tandemId) : undefined;
    return this.http
      .get<unknown>(progressUrl(programId), { params, context: new HttpContext().set(SKIP_GLOBAL_ERROR, true) })
      .pipe(map((a) => ProgressMatrixSchema.parse(a)));
  }

  /**
   * Saves the matrix as CSV (staff) under the name the API gives. A download through HTTP, not a
   * link: the token travels in a header. A failure shows in the global error display and rejects.
   */
  exportCsv(programId: string, tandemId: string | null = null): Promise<void> {
    const params = new HttpParams({ fromObject: { format: 'csv', ...(tandemId ? { tandemId } : {}) } });
    return this.files.download(`${progressUrl(programId)}?${params.toString()}`, 'fortschritt.csv');
  }
}

const progressUrl = (programId: string) => `/api/programs/${encodeURIComponent(programId)}/progress`;
