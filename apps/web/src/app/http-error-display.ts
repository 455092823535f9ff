import { DestroyRef, Injectable, Injector, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { HttpErrorNotifier, type HttpErrorNotice } from '@ecampus/web/shared/data-access';
import { I18nService } from '@ecampus/web/shared/util-i18n';

/**
 * Shows failed requests that no page handled itself as a snackbar with the server's message
 * (the `message` of `{statusCode, code, message}`). The snackbar is a polite live region, so
 * screen readers announce it. Material's snackbar is loaded on the first error only: it is not
 * needed to show the first page.
 */
@Injectable({ providedIn: 'root' })
export class HttpErrorDisplay {
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18nService);
  private readonly notifier = inject(HttpErrorNotifier);
  private readonly destroyRef = inject(DestroyRef);

  start(): void {
    this.notifier.notices$.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((notice) => void this.show(notice));
  }

  private async show(notice: HttpErrorNotice): Promise<void> {
    const { MatSnackBar } = await import('@angular/material/snack-bar');
    this.injector.get(MatSnackBar).open(notice.message, this.i18n.t('common.close'), {
      duration: 8000,
      panelClass: 'ec-error-snackbar',
    });
  }
}
