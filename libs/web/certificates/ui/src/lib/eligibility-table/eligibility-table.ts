import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { CertificateEligibility } from '@ecampus/shared/contracts';
import { TranslatePipe, type TranslationKey } from '@ecampus/web/shared/util-i18n';
import { EligibilityStatusChip } from '../eligibility-status-chip/eligibility-status-chip';

/** The table's choice: everyone, who gets a certificate, who does not, who has an exception. */
export type EligibilityFilter = 'all' | 'eligible' | 'notEligible' | 'exceptions';

const MATCHES: Record<EligibilityFilter, (p: CertificateEligibility) => boolean> = {
  all: () => true,
  eligible: (p) => p.eligible,
  notEligible: (p) => !p.eligible,
  exceptions: (p) => p.override !== null,
};

/** Lower case without accents, so "celine" finds "Céline". */
const folded = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** The people a filter and a name search leave, in the given order. */
export function filterPeople(
  people: readonly CertificateEligibility[],
  filter: EligibilityFilter,
  search: string,
): CertificateEligibility[] {
  const wanted = folded(search.trim());
  return people.filter((p) => MATCHES[filter](p) && (!wanted || folded(p.displayName).includes(wanted)));
}

/**
 * Every mentor and mentee of the program (coordinators): status, role and — in plain words from
 * the API — what is missing; filters (Alle / Erfüllt / Nicht erfüllt / Ausnahmen) with their
 * numbers and a name search. Per row "Trotzdem zulassen …" (who misses something) and "Sperren …",
 * or "Ausnahme aufheben" where the coordinators decided. Presentational: the page opens the dialogs.
 * Scrolls sideways on a phone inside a focusable region.
 */
@Component({
  selector: 'ec-eligibility-table',
  imports: [MatButtonModule, MatButtonToggleModule, MatFormFieldModule, MatInputModule, TranslatePipe, EligibilityStatusChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './eligibility-table.html',
  styleUrl: './eligibility-table.css',
})
export class EligibilityTable {
  readonly people = input.required<readonly CertificateEligibility[]>();
  /** The person whose exception is being changed: her buttons wait. */
  readonly busyId = input<string | null>(null);
  readonly allow = output<CertificateEligibility>();
  readonly block = output<CertificateEligibility>();
  readonly clear = output<CertificateEligibility>();

  protected readonly filter = signal<EligibilityFilter>('all');
  protected readonly search = signal('');
  protected readonly shown = computed(() => filterPeople(this.people(), this.filter(), this.search()));
  protected readonly counts = computed(() => {
    const people = this.people();
    const count = (f: EligibilityFilter) => people.filter(MATCHES[f]).length;
    return { all: people.length, eligible: count('eligible'), notEligible: count('notEligible'), exceptions: count('exceptions') };
  });

  protected roleKey(person: CertificateEligibility): TranslationKey {
    return `certificates.roles.${person.role}`;
  }

  protected setSearch(event: Event): void {
    this.search.set((event.target as HTMLInputElement).value);
  }
}
