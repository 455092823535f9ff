import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import type { Program } from '@ecampus/shared/contracts';
import { EcDatePipe } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { MODE_KEYS, PROGRAM_STATUS_KEYS } from '../labels';
import { RoleLabelPipe } from '../role-label/role-label-pipe';

/** One program on the list page: title, mode, dates, status and the caller's roles. */
@Component({
  selector: 'ec-program-card',
  imports: [MatCardModule, MatButtonModule, RouterLink, TranslatePipe, EcDatePipe, RoleLabelPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" data-testid="program-card">
      <mat-card-header>
        <mat-card-title>
          <h2 class="title">{{ program().title }}</h2>
        </mat-card-title>
        <mat-card-subtitle>{{ modeKey() | t }}</mat-card-subtitle>
      </mat-card-header>
      <mat-card-content>
        <p [class]="'status ' + program().status">{{ statusKey() | t }}</p>
        <p>
          {{ 'programs.list.period' | t: { from: (program().startsOn | ecDate), to: (program().endsOn | ecDate) } }}
        </p>
        @if (program().applicationDeadline && program().status !== 'finished') {
          <p>{{ 'programs.list.deadline' | t: { date: (program().applicationDeadline | ecDate) } }}</p>
        }
        <p class="roles">
          <span class="label">{{ 'programs.list.myRoles' | t }}:</span>
          @for (role of program().myRoles; track role) {
            <span class="role">{{ role | roleLabel }}</span>
          } @empty {
            <span class="role">{{ 'programs.list.adminOnly' | t }}</span>
          }
        </p>
      </mat-card-content>
      <mat-card-actions>
        <a
          mat-flat-button
          [routerLink]="link()"
          data-testid="program-open"
          [attr.aria-label]="program().title + ': ' + ('programs.list.open' | t)"
        >
          {{ 'programs.list.open' | t }}
        </a>
      </mat-card-actions>
    </mat-card>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-card {
      height: 100%;
    }
    .title {
      margin: 0;
      font: inherit;
    }
    .status {
      display: inline-block;
      padding: 0 0.5rem;
      border-radius: 4px;
      background: var(--mat-sys-secondary-container, #e8def8);
    }
    .roles {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
    }
    .label {
      font-weight: 500;
    }
    .role:not(:last-child)::after {
      content: ',';
    }
  `,
})
export class ProgramCard {
  readonly program = input.required<Program>();
  /** Where "Programm öffnen" leads (a router link). */
  readonly link = input.required<string | readonly unknown[]>();

  protected readonly modeKey = computed(() => MODE_KEYS[this.program().mode]);
  protected readonly statusKey = computed(() => PROGRAM_STATUS_KEYS[this.program().status]);
}
