import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { tap } from 'rxjs';
import { SKIP_GLOBAL_ERROR } from './api-error';
import { HttpErrorNotifier } from './http-error-notifier';

/**
 * Announces failed requests globally. Register it outermost so it sees the final outcome after
 * the auth interceptor's refresh-and-retry; 401 is left to that interceptor (it sends the person
 * to the login page).
 */
export const globalHttpErrorInterceptor: HttpInterceptorFn = (req, next) => {
  const notifier = inject(HttpErrorNotifier);
  return next(req).pipe(
    tap({
      error: (error: unknown) => {
        if (req.context.get(SKIP_GLOBAL_ERROR)) return;
        if (error instanceof HttpErrorResponse && error.status === 401) return;
        notifier.notify(error);
      },
    }),
  );
};
