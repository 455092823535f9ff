import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router } from '@angular/router';
import { CurriculumStore, ProgressStore } from '@ecampus/web/curriculum/data-access';
import { ProgressTable, type ProgressSelf } from '@ecampus/web/curriculum/ui';
import { EmptyState, Loading, PageHeader } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { programIdOfRoute } from '../program-id';

/**
 * The program tab "Fortschritt". Staff see everyone's progress (people × published modules),
 * filter it by tandem (`?tandemId=`, so the view can be linked and survives a reload), export it
 * as CSV and read per tandem how many modules both partners completed. Participants see their own
 * row and their tandem partner's.
 */
@Component({
  selector: 'ec-progress-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    MatProgressBarModule,
    PageHeader,
    Loading,
    EmptyState,
    ProgressTable,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './progress-page.html',
  styleUrl: './progress-page.css',
})
export class ProgressPage {
  protected readonly store = inject(ProgressStore);
  protected readonly curriculum = inject(CurriculumStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly programId = programIdOfRoute();

  /** `?tandemId=` (component input binding): staff see one tandem. */
  readonly tandemId = input<string | undefined>();

  /** The participant's own row (her role in her tandem); null for staff who are no participants. */
  protected readonly self = computed((): ProgressSelf | null => {
    const role = this.curriculum.roles().find((r) => r === 'mentor' || r === 'mentee');
    return role ? { role, tandemId: this.curriculum.program()?.myTandemId ?? null } : null;
  });

  constructor() {
    effect(() => {
      const programId = this.programId();
      untracked(() => void this.curriculum.loadProgram(programId));
    });
    effect(() => {
      const programId = this.programId();
      const tandemId = this.tandemId() || null;
      untracked(() => void this.store.load(programId, tandemId));
    });
  }

  protected reload(): Promise<void> {
    return this.store.load(this.programId(), this.tandemId() || null);
  }

  /** Shows one tandem (or all again: ''); through the URL, so back and reload keep it. */
  protected filter(tandemId: string): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { tandemId: tandemId || null }, queryParamsHandling: 'merge' });
  }

  protected async exportCsv(): Promise<void> {
    try {
      await this.store.exportCsv();
    } catch {
      // The global error display has said why; the button is ready again.
    }
  }
}
