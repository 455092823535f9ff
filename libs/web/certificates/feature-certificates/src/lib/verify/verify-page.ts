import { ChangeDetectionStrategy, Component, effect, inject, input, untracked } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { CertificateVerifyStore, normalizeVerificationCode } from '@ecampus/web/certificates/data-access';
import { VerificationResult, VerifyFrame } from '@ecampus/web/certificates/ui';
import { FORM_KIT } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { VERIFY_PATH } from '../certificates-links';

/**
 * The public check of a certificate (no login; the QR code on the PDF links to `/verify/<code>`,
 * which checks at once): a field for the code — lower case, spaces and dashes as people type them
 * — and the answer: valid with holder, program and date, revoked, a typo, not a code, unknown.
 * A checked code goes into the address, so the answer can be linked.
 */
@Component({
  selector: 'ec-verify-page',
  imports: [FORM_KIT, MatProgressBarModule, TranslatePipe, VerifyFrame, VerificationResult],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './verify-page.html',
  styleUrl: './verify-page.css',
})
export class VerifyPage {
  protected readonly store = inject(CertificateVerifyStore);
  private readonly router = inject(Router);

  /** `:code` of `/verify/:code` (component input binding). */
  readonly code = input<string | undefined>();

  protected readonly form = inject(NonNullableFormBuilder).group({ code: ['', [Validators.required, Validators.pattern(/\S/)]] });

  constructor() {
    // Opened from the QR code (or a link): check at once. A code this page just checked is not checked twice.
    effect(() => {
      const code = this.code();
      untracked(() => {
        if (!code || normalizeVerificationCode(code) === this.store.code()) return;
        this.form.setValue({ code: normalizeVerificationCode(code) });
        void this.store.check(code);
      });
    });
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const code = normalizeVerificationCode(this.form.getRawValue().code);
    this.form.setValue({ code });
    void this.store.check(code);
    void this.router.navigate(['/', VERIFY_PATH, code]);
  }
}
