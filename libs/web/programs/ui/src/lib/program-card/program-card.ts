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
  templateUrl: './program-card.html',
  styleUrl: './program-card.css',
})
export class ProgramCard {
  readonly program = input.required<Program>();
  /** Where "Programm öffnen" leads (a router link). */
  readonly link = input.required<string | readonly unknown[]>();

  protected readonly modeKey = computed(() => MODE_KEYS[this.program().mode]);
  protected readonly statusKey = computed(() => PROGRAM_STATUS_KEYS[this.program().status]);
}
