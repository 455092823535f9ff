import { ChangeDetectionStrategy, Component, effect, inject, input, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PersonProgramsStore } from '@ecampus/web/programs/data-access';
import { PROGRAM_STATUS_KEYS, RoleLabelPipe } from '@ecampus/web/programs/ui';
import type { AccountSectionComponent } from '@ecampus/web/shared/ui-plugins';
import { Loading } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/**
 * Programs' section of an account's page in the administration (provideAccountSection): the
 * programs the person holds a role in, with her roles and a link to each.
 */
@Component({
  selector: 'ec-person-programs',
  imports: [RouterLink, RoleLabelPipe, Loading, TranslatePipe],
  providers: [PersonProgramsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './person-programs.html',
  styleUrl: './person-programs.css',
})
export class PersonPrograms implements AccountSectionComponent {
  protected readonly store = inject(PersonProgramsStore);
  readonly userId = input.required<string>();
  protected readonly statusKeys = PROGRAM_STATUS_KEYS;

  constructor() {
    effect(() => {
      const id = this.userId();
      untracked(() => void this.store.load(id));
    });
  }
}
