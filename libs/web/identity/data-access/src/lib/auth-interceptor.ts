import { HttpErrorResponse, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, from, switchMap, throwError } from 'rxjs';
import { SESSION_REQUEST } from './auth-api';
import { AuthStore } from './auth-store';
import { showSessionExpired } from './session-expired';

function isApiRequest(url: string): boolean {
  return url.startsWith('/api/');
}

function withToken(req: HttpRequest<unknown>, token: string | null): HttpRequest<unknown> {
  return token && !req.headers.has('Authorization') ? req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : req;
}

/**
 * Adds the access token to API requests. On 401 it refreshes once and retries the request with
 * the new token; when that is impossible the session is over and the person goes to the login page.
 */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  if (!isApiRequest(req.url) || req.context.get(SESSION_REQUEST)) return next(req);

  const store = inject(AuthStore);
  const router = inject(Router);

  return next(withToken(req, store.accessToken())).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401) return throwError(() => error);
      return from(store.refresh()).pipe(
        switchMap((refreshed) => {
          if (refreshed) return next(withToken(req, store.accessToken()));
          void showSessionExpired(router);
          return throwError(() => error);
        }),
      );
    }),
  );
};
