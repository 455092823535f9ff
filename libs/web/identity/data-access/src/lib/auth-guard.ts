import { inject } from '@angular/core';
import { CanMatchFn, Router } from '@angular/router';
import { AuthStore } from './auth-store';
import { LOGIN_PATH } from './auth-paths';

/** Signed-in people only; others go to the login page and come back after it. */
export const authGuard: CanMatchFn = () => {
  const store = inject(AuthStore);
  const router = inject(Router);
  if (store.isAuthenticated()) return true;
  const target = router.currentNavigation()?.extractedUrl.toString() ?? '/';
  return router.createUrlTree([LOGIN_PATH], { queryParams: target === '/' ? {} : { returnUrl: target } });
};
