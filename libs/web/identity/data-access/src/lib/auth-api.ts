import { HttpClient, HttpContext, HttpContextToken, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { LoginRequest, LoginResponse, SetPasswordRequest, User } from '@ecampus/shared/contracts';
import { SKIP_GLOBAL_ERROR } from '@ecampus/web/shared/data-access';
import type { Observable } from 'rxjs';

/**
 * Marks the session endpoints themselves: the auth interceptor must not answer their 401 with
 * another refresh (that would loop), and their errors are shown by the page that called them.
 */
export const SESSION_REQUEST = new HttpContextToken<boolean>(() => false);

const sessionContext = () => new HttpContext().set(SESSION_REQUEST, true).set(SKIP_GLOBAL_ERROR, true);

@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  login(credentials: LoginRequest): Observable<LoginResponse> {
    return this.http.post<LoginResponse>('/api/auth/login', credentials, {
      withCredentials: true,
      context: sessionContext(),
    });
  }

  /** Rotates the httpOnly refresh cookie and returns a fresh access token. */
  refresh(): Observable<Partial<LoginResponse> & Pick<LoginResponse, 'accessToken'>> {
    return this.http.post<LoginResponse>('/api/auth/refresh', {}, { withCredentials: true, context: sessionContext() });
  }

  logout(): Observable<unknown> {
    return this.http.post('/api/auth/logout', {}, { withCredentials: true, context: sessionContext() });
  }

  /** With an explicit token: used right after refresh, before the store holds it. */
  me(accessToken?: string): Observable<User> {
    const headers = accessToken ? new HttpHeaders({ Authorization: `Bearer ${accessToken}` }) : undefined;
    return this.http.get<User>('/api/me', { headers });
  }

  setPassword(body: SetPasswordRequest): Observable<LoginResponse> {
    return this.http.post<LoginResponse>('/api/auth/set-password', body, {
      withCredentials: true,
      context: sessionContext(),
    });
  }
}
