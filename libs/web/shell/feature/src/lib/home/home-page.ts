import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { PROGRAM_ROLE_LABELS, type Bilingual } from '@ecampus/shared/contracts';
import { AuthStore } from '@ecampus/web/identity/data-access';
import { ProgramNavStore, type ProgramNavItem } from '@ecampus/web/shell/data-access';
import { EmptyState, Icon } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/**
 * Start page after login: greeting and the person's programs (or why there are none yet);
 * administrators see every current program, marked where they hold no role.
 */
@Component({
  selector: 'ec-home-page',
  imports: [RouterLink, MatButtonModule, MatCardModule, MatProgressBarModule, EmptyState, Icon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home-page.html',
  styleUrl: './home-page.css',
})
export class HomePage {
  protected readonly user = inject(AuthStore).user;
  protected readonly isAdmin = computed(() => this.user()?.isAdmin ?? false);
  protected readonly programs = inject(ProgramNavStore);

  protected isParticipant(program: ProgramNavItem): boolean {
    return !!program.myRoles?.some((role) => role === 'mentee' || role === 'mentor');
  }

  /**
   * The person's roles in the program, staff roles first, shown under its title. Names from the
   * contracts' one table (programs' dictionary is not loaded on the start page).
   */
  protected roleLabels(program: ProgramNavItem): Bilingual[] {
    const roles = program.myRoles ?? [];
    return ROLE_ORDER.filter((role) => roles.includes(role)).map((role) => PROGRAM_ROLE_LABELS[role]);
  }
}

const ROLE_ORDER = ['coordinator', 'trainer', 'mentor', 'mentee'] as const;
