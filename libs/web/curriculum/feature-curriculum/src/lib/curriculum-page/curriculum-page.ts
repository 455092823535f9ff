import { ChangeDetectionStrategy, Component, effect, inject, untracked, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { ActivatedRoute } from '@angular/router';
import { CURRICULUM_ITEM_LIMITS } from '@ecampus/shared/contracts';
import { CurriculumStore } from '@ecampus/web/curriculum/data-access';
import { CurriculumItemList } from '@ecampus/web/curriculum/ui';
import { formSubmit } from '@ecampus/web/shared/data-access';
import { EmptyState, FORM_KIT, Loading } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { map } from 'rxjs';

/** The `:programId` of the program home this tab is mounted under (a route above this page's). */
function programIdOfRoute(): Signal<string> {
  const route = inject(ActivatedRoute);
  const home = route.pathFromRoot.find((r) => r.snapshot.paramMap.has('programId')) ?? route;
  return toSignal(home.paramMap.pipe(map((params) => params.get('programId') ?? '')), { requireSync: true });
}

/** The program's curriculum items and a form to add one (the API lets coordinators add, every member read). */
@Component({
  selector: 'ec-curriculum-page',
  imports: [FORM_KIT, MatButtonModule, Loading, EmptyState, TranslatePipe, CurriculumItemList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './curriculum-page.html',
  styleUrl: './curriculum-page.css',
})
export class CurriculumPage {
  protected readonly store = inject(CurriculumStore);
  private readonly programId = programIdOfRoute();
  protected readonly limits = CURRICULUM_ITEM_LIMITS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(CURRICULUM_ITEM_LIMITS.title.max)]],
  });
  protected readonly submission = formSubmit(this.form);

  constructor() {
    // Another program's tab may reuse this page: load again when the id changes.
    effect(() => {
      const programId = this.programId();
      untracked(() => void this.store.load(programId));
    });
  }

  protected reload(): Promise<void> {
    return this.store.load(this.programId());
  }

  protected submit(): Promise<boolean> {
    return this.submission.run(async () => {
      await this.store.add(this.programId(), this.form.getRawValue());
      this.form.reset();
    });
  }
}
