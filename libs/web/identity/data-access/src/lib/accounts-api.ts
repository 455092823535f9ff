import { HttpClient, HttpContext, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Account, CreateUserRequest, ListAccountsQuery, PagedList, QueueBoardSession, UpdateAccountRequest } from '@ecampus/shared/contracts';
import { SKIP_GLOBAL_ERROR } from '@ecampus/web/shared/data-access';
import type { Observable } from 'rxjs';

/** The administration pages show their own failures (a notice, messages at the fields). */
const context = () => new HttpContext().set(SKIP_GLOBAL_ERROR, true);
const enc = encodeURIComponent;

/** Account administration (admins; API.md "Sessions and account administration"). Stateless; the stores hold the state. */
@Injectable({ providedIn: 'root' })
export class AccountsApi {
  private readonly http = inject(HttpClient);

  /** `GET /api/users?q=&page=&pageSize=`: one page of the accounts matching `q` (name or e-mail). */
  listAccounts(query: Partial<ListAccountsQuery>): Observable<PagedList<Account>> {
    let params = new HttpParams();
    if (query.q) params = params.set('q', query.q);
    if (query.page) params = params.set('page', query.page);
    if (query.pageSize) params = params.set('pageSize', query.pageSize);
    return this.http.get<PagedList<Account>>('/api/users', { params, context: context() });
  }

  getAccount(userId: string): Observable<Account> {
    return this.http.get<Account>(`/api/users/${enc(userId)}`, { context: context() });
  }

  /** With a password the account is active at once; without one an invitation mail is sent. */
  createAccount(body: CreateUserRequest): Observable<Pick<Account, 'id' | 'email' | 'displayName'>> {
    return this.http.post<Pick<Account, 'id' | 'email' | 'displayName'>>('/api/users', body, { context: context() });
  }

  /** Rename, deactivate (`active: false` ends all her sessions at once) or reactivate. */
  updateAccount(userId: string, body: UpdateAccountRequest): Observable<Account> {
    return this.http.patch<Account>(`/api/users/${enc(userId)}`, body, { context: context() });
  }

  /** A new invitation mail; older links stop working. */
  resendInvitation(userId: string): Observable<unknown> {
    return this.http.post(`/api/users/${enc(userId)}/invitation`, {}, { context: context() });
  }

  /** `POST /api/admin/queues/session`: Bull Board's cookie for this session; then the browser opens `url`. */
  openQueueBoard(): Observable<QueueBoardSession> {
    return this.http.post<QueueBoardSession>('/api/admin/queues/session', {}, { context: context() });
  }
}
