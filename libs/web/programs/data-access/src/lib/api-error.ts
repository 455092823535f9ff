import { HttpErrorResponse } from '@angular/common/http';
import { ApiErrorSchema, type ApiError } from '@ecampus/shared/contracts';
import type { I18nService } from '@ecampus/web/shared/util-i18n';

/** The server's `{statusCode, code, message, fields?}` from a failed request, or null (network, non-JSON). */
export function toApiError(error: unknown): ApiError | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const parsed = ApiErrorSchema.safeParse(error.error);
  return parsed.success ? parsed.data : null;
}

/**
 * Like toApiError but never null, for showing a failure: without a server answer (offline,
 * proxy page) the message is the translated network / unexpected-error text.
 */
export function displayError(error: unknown, i18n: I18nService): ApiError {
  const apiError = toApiError(error);
  if (apiError) return apiError;
  const status = error instanceof HttpErrorResponse ? error.status : 0;
  return { statusCode: status, code: 'client_error', message: i18n.t(status === 0 ? 'errors.network' : 'errors.unexpected') };
}
