import { HttpClient, HttpContext } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ChangePasswordRequest, List, Session } from '@ecampus/shared/contracts';
import { SKIP_GLOBAL_ERROR } from '@ecampus/web/shared/data-access';
import { type Observable, map } from 'rxjs';

/** The account pages show their own failures. */
const context = () => new HttpContext().set(SKIP_GLOBAL_ERROR, true);

/** The signed-in person's own account: her sessions and her password (`/api/me/…`, `/api/auth/logout-all`). */
@Injectable({ providedIn: 'root' })
export class MyAccountApi {
  private readonly http = inject(HttpClient);

  listSessions(): Observable<Session[]> {
    return this.http.get<List<Session>>('/api/me/sessions', { context: context() }).pipe(map((answer) => answer.items));
  }

  endSession(sessionId: string): Observable<unknown> {
    return this.http.delete(`/api/me/sessions/${encodeURIComponent(sessionId)}`, { context: context() });
  }

  /** Ends every session of the person, this one included. */
  logoutEverywhere(): Observable<unknown> {
    return this.http.post('/api/auth/logout-all', {}, { withCredentials: true, context: context() });
  }

  /** Every other session ends; a wrong current or a weak new password answers with a message at its field. */
  changePassword(body: ChangePasswordRequest): Observable<unknown> {
    return this.http.post('/api/me/password', body, { context: context() });
  }
}
