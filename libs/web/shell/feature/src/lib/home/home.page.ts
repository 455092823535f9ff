import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { AuthStore } from '@ecampus/web/identity/data-access';
import { ProgramNavStore } from '@ecampus/web/shell/data-access';
import { EmptyState, Icon } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** Start page after login: greeting and the person's programs (or why there are none yet). */
@Component({
  selector: 'ec-home-page',
  imports: [RouterLink, MatCardModule, MatProgressBarModule, EmptyState, Icon, TranslatePipe],
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
            <a class="program-link" [routerLink]="['/programme', program.id]" data-testid="home-program">
              <mat-card appearance="outlined" class="program-card">
                <mat-card-header>
                  <ec-icon mat-card-avatar name="program" />
                  <mat-card-title>{{ program.title }}</mat-card-title>
                </mat-card-header>
              </mat-card>
            </a>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .title { font: var(--mat-sys-headline-medium); margin: 0 0 8px; }
    .intro { font: var(--mat-sys-body-large); color: var(--mat-sys-on-surface-variant); margin: 0 0 24px; max-width: 70ch; }
    .section-title { font: var(--mat-sys-title-large); margin: 0 0 12px; }
    .program-grid { list-style: none; margin: 0; padding: 0; display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); }
    .program-link { display: block; text-decoration: none; color: inherit; border-radius: 12px; }
    .program-card { height: 100%; padding-bottom: 16px; }
    .program-card ec-icon { color: var(--mat-sys-primary); }
  `,
})
export class HomePage {
  protected readonly user = inject(AuthStore).user;
  protected readonly programs = inject(ProgramNavStore);
}
