import { Injectable, computed, inject, signal } from '@angular/core';
import type { CertificateVerification } from '@ecampus/shared/contracts';
import { loadable } from '@ecampus/web/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { CertificatesApi } from './certificates-api';
import { normalizeVerificationCode } from './verification-code';

/** What the check says about a code, for the result card (`data-status`). */
export type VerificationStatus = 'valid' | 'revoked' | 'check' | 'format' | 'unknown';

export function verificationStatusOf(result: CertificateVerification): VerificationStatus {
  if (result.valid) return 'valid';
  if (result.revoked) return 'revoked';
  return result.reason ?? 'unknown';
}

/**
 * The public check of a certificate's code (no login): the latest code checked and the API's
 * answer. A failure (too many checks, no connection) keeps the server's message. Provided by the
 * page's route.
 */
@Injectable()
export class CertificateVerifyStore {
  private readonly api = inject(CertificatesApi);
  private readonly state = loadable<CertificateVerification | null>(null);
  private readonly checked = signal<string | null>(null);

  /** The code of the latest check, tidied (`normalizeVerificationCode`). */
  readonly code = this.checked.asReadonly();
  readonly result = this.state.value;
  readonly status = computed<VerificationStatus | null>(() => {
    const result = this.result();
    return result ? verificationStatusOf(result) : null;
  });
  readonly checking = this.state.loading;
  readonly failed = this.state.failed;
  readonly error = this.state.error;

  /** Checks a code as typed (or as the QR code's link carries it); the previous result goes at once. */
  async check(input: string): Promise<void> {
    const code = normalizeVerificationCode(input);
    this.checked.set(code);
    this.state.update(() => null);
    await this.state.load(() => firstValueFrom(this.api.verify(code)));
  }
}
