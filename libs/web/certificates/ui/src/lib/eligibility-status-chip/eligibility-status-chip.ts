import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { CertificateEligibility } from '@ecampus/shared/contracts';
import { TranslatePipe, type TranslationKey } from '@ecampus/web/shared/util-i18n';

/** Where a person stands: meets the criteria, misses something, allowed anyway, blocked. */
export type EligibilityStatus = 'met' | 'missing' | 'allowed' | 'blocked';

/** The coordinators' decision comes first; without one the criteria decide. */
export function eligibilityStatusOf(person: Pick<CertificateEligibility, 'eligible' | 'override'>): EligibilityStatus {
  if (person.override?.kind === 'block') return 'blocked';
  if (person.override?.kind === 'allow') return 'allowed';
  return person.eligible ? 'met' : 'missing';
}

/** "erfüllt" / "fehlt etwas" / "zugelassen" / "gesperrt" as a small chip. */
@Component({
  selector: 'ec-eligibility-status-chip',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './eligibility-status-chip.html',
  styleUrl: './eligibility-status-chip.css',
})
export class EligibilityStatusChip {
  readonly person = input.required<Pick<CertificateEligibility, 'eligible' | 'override'>>();
  protected readonly status = computed(() => eligibilityStatusOf(this.person()));
  protected readonly key = computed<TranslationKey>(() => `certificates.status.${this.status()}`);
}
