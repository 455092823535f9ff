import { HttpContextToken, HttpErrorResponse } from '@angular/common/http';
import { ApiErrorSchema, type ApiError } from '@ecampus/shared/contracts';

/**
 * Set on requests whose errors the caller shows itself (a form, an empty state), so the global
 * snackbar does not announce the same problem twice.
 */
export const SKIP_GLOBAL_ERROR = new HttpContextToken<boolean>(() => false);

/** Status used for "no answer at all" (offline, server down, CORS): HttpClient reports 0. */
export const NETWORK_ERROR_STATUS = 0;

/**
 * The server's `{statusCode, code, message, fields?}` out of any HTTP failure, or null when the
 * answer did not carry one (network failure, proxy error page). The one parser of error answers.
 */
export function readApiError(error: unknown): ApiError | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const parsed = ApiErrorSchema.safeParse(error.error);
  return parsed.success ? parsed.data : null;
}

export function httpStatusOf(error: unknown): number | null {
  return error instanceof HttpErrorResponse ? error.status : null;
}
