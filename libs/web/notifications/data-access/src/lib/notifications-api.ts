import { HttpClient, HttpContext, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  NoticeListSchema,
  NoticeSchema,
  NoticesReadAllSchema,
  type Notice,
  type NoticeList,
  type NoticesReadAll,
} from '@ecampus/shared/contracts';
import { SKIP_GLOBAL_ERROR } from '@ecampus/web/shared/data-access';
import { Observable, map } from 'rxjs';

const url = '/api/notifications';

/**
 * Stateless HTTP calls of notifications; the store holds the state. Answers are parsed with the
 * contracts' schemas: an answer that does not match fails like an HTTP error.
 */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  /**
   * Her newest `limit` notices and the unread count. Loaded on every signed-in page (the bell),
   * so a failure is not announced globally: the bell and the page show their own.
   */
  list(limit: number): Observable<NoticeList> {
    return this.http
      .get<unknown>(url, { params: new HttpParams().set('limit', limit), context: new HttpContext().set(SKIP_GLOBAL_ERROR, true) })
      .pipe(map((answer) => NoticeListSchema.parse(answer)));
  }

  markRead(id: string): Observable<Notice> {
    return this.http.post<unknown>(`${url}/${encodeURIComponent(id)}/read`, {}).pipe(map((answer) => NoticeSchema.parse(answer)));
  }

  markAllRead(): Observable<NoticesReadAll> {
    return this.http.post<unknown>(`${url}/read-all`, {}).pipe(map((answer) => NoticesReadAllSchema.parse(answer)));
  }
}
