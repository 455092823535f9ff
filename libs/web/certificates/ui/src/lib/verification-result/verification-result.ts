import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { CertificateVerification } from '@ecampus/shared/contracts';
import { EcDatePipe, Icon } from '@ecampus/web/shared/ui';
import { TranslatePipe, type TranslationKey } from '@ecampus/web/shared/util-i18n';

/** What the check says about a code (`data-status` of the card). */
export type VerificationResultStatus = 'valid' | 'revoked' | 'check' | 'format' | 'unknown';

/**
 * The answer of the public check as a card: "Gültig" with holder, program and date; "Widerrufen"
 * with the same; a typo ("Der Code enthält einen Tippfehler …"), not a code, or an unknown code.
 */
@Component({
  selector: 'ec-verification-result',
  imports: [Icon, EcDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './verification-result.html',
  styleUrl: './verification-result.css',
})
export class VerificationResult {
  readonly result = input.required<CertificateVerification>();
  readonly status = input.required<VerificationResultStatus>();
  protected readonly heading = computed<TranslationKey>(() => `certificates.verify.${this.status()}`);
  protected readonly text = computed<TranslationKey>(() => `certificates.verify.${this.status()}Text`);
  /** Holder, program and date: shown for certificates that exist (valid or revoked). */
  protected readonly details = computed(() => (this.status() === 'valid' || this.status() === 'revoked') && !!this.result().holderName);
}
