import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { ProgramStore } from '@ecampus/web/programs/data-access';
import { EcDatePipe } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** What everyone in the program should know up front: period, deadline, cost, time, contact. */
@Component({
  selector: 'ec-overview-tab',
  imports: [MatButtonModule, RouterLink, TranslatePipe, EcDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './overview-tab.html',
  styleUrl: './overview-tab.css',
})
export class OverviewTab {
  protected readonly store = inject(ProgramStore);
}
