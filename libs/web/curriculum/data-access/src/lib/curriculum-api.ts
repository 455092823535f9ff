import { HttpClient, HttpContext } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CurriculumItemListSchema,
  CurriculumItemSchema,
  type CreateCurriculumItemRequest,
  type CurriculumItem,
} from '@ecampus/shared/contracts';
import { SKIP_GLOBAL_ERROR } from '@ecampus/web/shared/data-access';
import { Observable, map } from 'rxjs';

/** The page shows its own failures (a failed-load notice, messages at the form), so the global error snackbar stays out of it. */
const context = () => ({ context: new HttpContext().set(SKIP_GLOBAL_ERROR, true) });

const itemsUrl = (programId: string) => `/api/programs/${encodeURIComponent(programId)}/curriculum`;

/**
 * Stateless HTTP calls of Curriculum; the store holds the state. Answers are parsed with the
 * contracts' schemas: an answer that does not match fails like an HTTP error.
 */
@Injectable({ providedIn: 'root' })
export class CurriculumApi {
  private readonly http = inject(HttpClient);

  listItems(programId: string): Observable<CurriculumItem[]> {
    return this.http.get<unknown>(itemsUrl(programId), context()).pipe(map((answer) => CurriculumItemListSchema.parse(answer).items));
  }

  createItem(programId: string, body: CreateCurriculumItemRequest): Observable<CurriculumItem> {
    return this.http.post<unknown>(itemsUrl(programId), body, context()).pipe(map((answer) => CurriculumItemSchema.parse(answer)));
  }
}
