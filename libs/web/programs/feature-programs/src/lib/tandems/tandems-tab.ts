import { ChangeDetectionStrategy, Component, Injector, OnInit, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import type { Tandem } from '@ecampus/shared/contracts';
import { ProgramStore } from '@ecampus/web/programs/data-access';
import { TandemStatusChip } from '@ecampus/web/programs/ui';
import { EcDatePipe, EmptyState, Loading } from '@ecampus/web/shared/ui';
import { I18nService, TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { ChangeStatusDialog } from './change-status-dialog';
import { CreateTandemDialog } from './create-tandem-dialog';

/** All tandems of the program with status, last meeting and the "ruhig" flag. */
@Component({
  selector: 'ec-tandems-tab',
  imports: [
    MatTableModule,
    MatButtonModule,
    MatCheckboxModule,
    RouterLink,
    Loading,
    TandemStatusChip,
    EmptyState,
    TranslatePipe,
    EcDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tandems-tab.html',
  styleUrl: './tandems-tab.css',
})
export class TandemsTab implements OnInit {
  protected readonly store = inject(ProgramStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18nService);

  protected readonly columns = ['mentor', 'mentee', 'status', 'lastMeeting', 'meetings', 'actions'];
  protected readonly showEnded = signal(false);

  /** Quiet tandems first (they need attention), then by mentee name; ended ones only on request. */
  protected readonly rows = computed(() =>
    this.store
      .tandems()
      .filter((t) => this.showEnded() || t.status !== 'ended')
      .sort((a, b) => Number(b.quiet) - Number(a.quiet) || a.mentee.displayName.localeCompare(b.mentee.displayName, 'de')),
  );

  ngOnInit(): void {
    if (!this.store.canSeeStaffViews()) return;
    void this.store.loadTandems();
    // The create dialog offers members without a tandem.
    if (this.store.canManage()) void this.store.loadMembers();
  }

  protected openCreate(): void {
    this.dialog
      .open<CreateTandemDialog, void, Tandem>(CreateTandemDialog, { injector: this.injector, width: '32rem', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((tandem) => {
        if (tandem) this.snackBar.open(this.i18n.t('programs.tandems.created'), undefined, { duration: 4000 });
      });
  }

  protected openStatus(tandem: Tandem): void {
    this.dialog
      .open<ChangeStatusDialog, Tandem, Tandem>(ChangeStatusDialog, {
        injector: this.injector,
        data: tandem,
        width: '30rem',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((updated) => {
        if (updated) this.snackBar.open(this.i18n.t('programs.tandems.statusChanged'), undefined, { duration: 4000 });
      });
  }
}
