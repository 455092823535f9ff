import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { PROGRAM_ROLE_LABELS, type Bilingual } from '@ecampus/shared/contracts';
import { AuthStore } from '@ecampus/web/identity/data-access';
import { ProgramNavStore, type ProgramNavItem } from '@ecampus/web/shell/data-access';
import { EmptyState, Icon } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** Start page after login: greeting and the person's programs (or why there are none yet). */
@Component({
  selector: 'ec-home-page',
  imports: [RouterLink, MatButtonModule, MatCardModule, MatProgressBarModule, EmptyState, Icon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="title" data-testid="home-welcome">{{ 'home.welcome' | t: { name: user()?.displayName ?? '' } }}</h1>
    <p class="intro">{{ 'home.intro' | t }}</p>

    @if (programs.loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" />
    } @else if (programs.empty()) {
      <ec-empty-state
        data-testid="home-empty"
        [heading]="'home.noProgramsTitle' | t"
        [text]="(programs.failed() ? 'shell.programsUnavailable' : 'home.noProgramsText') | t"
      />
    } @else {
      <h2 class="section-title">{{ 'home.programsTitle' | t }}</h2>
      <ul class="program-grid" data-testid="home-programs">
        @for (program of programs.programs(); track program.id) {
          <li>
            <mat-card appearance="outlined" class="program-card">
              <mat-card-header>
                <ec-icon mat-card-avatar name="program" />
                <mat-card-title>
                  <!-- Stretched over the whole card (CSS), so the card stays one big click target. -->
                  <a class="program-link" [routerLink]="['/programme', program.id]" data-testid="home-program">{{ program.title }}</a>
                </mat-card-title>
                @if (roleLabels(program).length) {
                  <mat-card-subtitle data-testid="home-program-roles">
                    @for (role of roleLabels(program); track role; let last = $last) {
                      {{ role | t }}{{ last ? '' : ', ' }}
                    }
                  </mat-card-subtitle>
                }
              </mat-card-header>
              @if (isParticipant(program)) {
                <!-- Mentees and mentors mostly come for their tandem: one step, not two. -->
                <mat-card-actions>
                  <a
                    mat-flat-button
                    class="my-tandem"
                    [routerLink]="['/programme', program.id, 'mein-tandem']"
                    [attr.aria-label]="'home.myTandemIn' | t: { program: program.title }"
                    data-testid="home-my-tandem"
                    >{{ 'home.myTandem' | t }}</a
                  >
                </mat-card-actions>
              }
            </mat-card>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .title {
      font: var(--mat-sys-headline-medium);
      margin: 0 0 8px;
    }
    .intro {
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface-variant);
      margin: 0 0 24px;
      max-width: 70ch;
    }
    .section-title {
      font: var(--mat-sys-title-large);
      margin: 0 0 12px;
    }
    .program-grid {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 16px;
      grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
    }
    .program-card {
      position: relative;
      height: 100%;
      padding-bottom: 16px;
    }
    .program-card:hover {
      border-color: var(--mat-sys-primary);
    }
    .program-link {
      color: inherit;
      text-decoration: none;
    }
    .program-link::after {
      content: '';
      position: absolute;
      inset: 0;
      border-radius: 12px;
    }
    .program-link:focus-visible {
      outline: none;
    }
    .program-link:focus-visible::after {
      outline: 3px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    mat-card-actions {
      padding: 8px 16px 0;
    }
    .my-tandem {
      position: relative;
      z-index: 1;
    }
    .program-card ec-icon {
      color: var(--mat-sys-primary);
    }
  `,
})
export class HomePage {
  protected readonly user = inject(AuthStore).user;
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
