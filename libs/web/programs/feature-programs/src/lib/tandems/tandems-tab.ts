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
  template: `
    @if (!store.canSeeStaffViews()) {
      <p>{{ 'programs.home.noAccess' | t }}</p>
    } @else {
      <div class="toolbar">
        @if (store.canManage()) {
          <button mat-flat-button type="button" (click)="openCreate()" data-testid="tandems-create">
            {{ 'programs.tandems.create' | t }}
          </button>
        }
        <mat-checkbox [checked]="showEnded()" (change)="showEnded.set($event.checked)">{{ 'programs.tandems.showEnded' | t }}</mat-checkbox>
        @if (store.quietCount() > 0) {
          <span class="quiet-summary" data-testid="tandems-quiet-count">{{
            'programs.tandems.quietSummary' | t: { count: store.quietCount() }
          }}</span>
        }
      </div>

      @if (store.tandemsLoading() && !store.tandemsLoaded()) {
        <ec-loading [label]="'programs.tandems.loading' | t" />
      } @else if (store.tandemsFailed()) {
        <ec-empty-state icon="alert" [heading]="'programs.tandems.loadFailed' | t" />
      } @else if (rows().length === 0) {
        <ec-empty-state
          data-testid="tandems-empty"
          [heading]="'programs.tandems.emptyTitle' | t"
          [text]="(store.canManage() ? 'programs.tandems.emptyText' : 'programs.tandems.emptyReadOnly') | t"
        />
      } @else {
        <div class="scroll" tabindex="0" role="region" [attr.aria-label]="'programs.tandems.title' | t">
          <table mat-table [dataSource]="rows()" data-testid="tandems-table">
            <ng-container matColumnDef="mentor">
              <th mat-header-cell *matHeaderCellDef>{{ 'programs.tandems.mentor' | t }}</th>
              <td mat-cell *matCellDef="let t">{{ t.mentor.displayName }}</td>
            </ng-container>
            <ng-container matColumnDef="mentee">
              <th mat-header-cell *matHeaderCellDef>{{ 'programs.tandems.mentee' | t }}</th>
              <td mat-cell *matCellDef="let t">{{ t.mentee.displayName }}</td>
            </ng-container>
            <ng-container matColumnDef="status">
              <th mat-header-cell *matHeaderCellDef>{{ 'programs.tandems.status' | t }}</th>
              <td mat-cell *matCellDef="let t"><ec-tandem-status-chip [status]="t.status" [quiet]="t.quiet" /></td>
            </ng-container>
            <ng-container matColumnDef="lastMeeting">
              <th mat-header-cell *matHeaderCellDef>{{ 'programs.tandems.lastMeeting' | t }}</th>
              <td mat-cell *matCellDef="let t" data-testid="tandem-last-meeting">
                {{ t.lastMeetingOn ? (t.lastMeetingOn | ecDate: 'short') : ('programs.tandems.never' | t) }}
              </td>
            </ng-container>
            <ng-container matColumnDef="meetings">
              <th mat-header-cell *matHeaderCellDef>{{ 'programs.tandems.meetings' | t }}</th>
              <td mat-cell *matCellDef="let t" data-testid="tandem-meeting-count">{{ t.meetingCount }}</td>
            </ng-container>
            <ng-container matColumnDef="actions">
              <th mat-header-cell *matHeaderCellDef>
                <span class="cdk-visually-hidden">{{ 'programs.tandems.actions' | t }}</span>
              </th>
              <td mat-cell *matCellDef="let t">
                <div
                  class="actions"
                  role="group"
                  [attr.aria-label]="'programs.tandems.actionsFor' | t: { mentor: t.mentor.displayName, mentee: t.mentee.displayName }"
                >
                  <a mat-button [routerLink]="['/programme', t.programId, 'tandem', t.id]" data-testid="tandem-open">{{
                    'programs.tandems.open' | t
                  }}</a>
                  @if (store.canManage() && t.status !== 'ended') {
                    <button mat-button type="button" (click)="openStatus(t)" data-testid="tandem-change-status">
                      {{ 'programs.tandems.changeStatus' | t }}
                    </button>
                  }
                </div>
              </td>
            </ng-container>
            <tr mat-header-row *matHeaderRowDef="columns"></tr>
            <tr
              mat-row
              *matRowDef="let row; columns: columns"
              data-testid="tandem-row"
              [attr.data-mentor]="row.mentor.displayName"
              [attr.data-mentee]="row.mentee.displayName"
            ></tr>
          </table>
        </div>
      }
    }
  `,
  styles: `
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 1.5rem;
      align-items: center;
      margin-bottom: 1rem;
    }
    .quiet-summary {
      color: #8a1c00;
      font-weight: 500;
    }
    .scroll {
      overflow-x: auto;
    }
    table {
      min-width: 720px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
    }
  `,
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
