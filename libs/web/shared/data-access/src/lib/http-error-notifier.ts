import { Injectable, inject } from '@angular/core';
import { Subject } from 'rxjs';
import { I18nService } from '@ecampus/web/shared/util-i18n';
import { NETWORK_ERROR_STATUS, httpStatusOf, readApiError } from './api-error';

export interface HttpErrorNotice {
  status: number | null;
  code: string | null;
  /** The server's human message, or a translated fallback when it sent none. */
  message: string;
  /** The server's messages per form field ("email", "channels.1"), when it sent some. */
  fields?: Record<string, string>;
}

/**
 * Event stream of failed HTTP requests for one global display (the app's snackbar). Events,
 * not state: two identical failures in a row must both be announced.
 */
@Injectable({ providedIn: 'root' })
export class HttpErrorNotifier {
  private readonly i18n = inject(I18nService);
  private readonly notices = new Subject<HttpErrorNotice>();

  readonly notices$ = this.notices.asObservable();

  notify(error: unknown): void {
    this.notices.next(this.describe(error));
  }

  /** Message to show a person for any failure: the server's words first. */
  describe(error: unknown): HttpErrorNotice {
    const apiError = readApiError(error);
    const status = httpStatusOf(error);
    if (apiError)
      return { status, code: apiError.code, message: apiError.message, ...(apiError.fields ? { fields: apiError.fields } : {}) };
    const key = status === NETWORK_ERROR_STATUS ? 'errors.network' : 'errors.unexpected';
    return { status, code: null, message: this.i18n.t(key) };
  }
}
