import type { Router } from '@angular/router';
import { LOGIN_PATH, SESSION_EXPIRED_PARAM } from './auth-paths';

/**
 * The session is over and could not be renewed (the refresh was refused, so the store is already
 * signed out): the person goes to the login page, which says why, and comes back here after it.
 * Used by the HTTP interceptor (a 401 refresh cannot fix) and the live socket (`session:expired`).
 */
export function showSessionExpired(router: Router): Promise<boolean> {
  const returnUrl = router.url;
  return router.navigate([LOGIN_PATH], {
    queryParams: { [SESSION_EXPIRED_PARAM]: '1', ...(returnUrl.startsWith(LOGIN_PATH) ? {} : { returnUrl }) },
  });
}
