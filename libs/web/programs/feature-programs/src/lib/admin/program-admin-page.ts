import { ChangeDetectionStrategy, Component, Injector, OnInit, inject } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import type { Program } from '@ecampus/shared/contracts';
import { ProgramAdminStore, type ProgramArchiveFilter } from '@ecampus/web/programs/data-access';
import { PROGRAM_STATUS_KEYS, RoleLabelPipe } from '@ecampus/web/programs/ui';
import { formSubmit } from '@ecampus/web/shared/data-access';
import { ConfirmDialog, EcDatePipe, EmptyState, Loading, PageHeader } from '@ecampus/web/shared/ui';
import { I18nService, TranslatePipe, type TranslationKey } from '@ecampus/web/shared/util-i18n';
import { CreateProgramDialog } from './create-program-dialog';

/**
 * `/verwaltung/programme`: every program, archived ones on request, with the administrator's
 * roles (or "kein Mitglied"); create a program, open it to edit its settings, archive or restore
 * it after confirming.
 */
@Component({
  selector: 'ec-program-admin-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    MatTableModule,
    RoleLabelPipe,
    EcDatePipe,
    EmptyState,
    Loading,
    PageHeader,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './program-admin-page.html',
  styleUrl: './program-admin-page.css',
})
export class ProgramAdminPage implements OnInit {
  protected readonly store = inject(ProgramAdminStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18nService);

  protected readonly columns = ['title', 'status', 'period', 'roles', 'actions'];
  protected readonly statusKeys = PROGRAM_STATUS_KEYS;
  protected readonly filters: readonly { value: ProgramArchiveFilter; label: TranslationKey }[] = [
    { value: 'current', label: 'programs.admin.filterCurrent' },
    { value: 'archived', label: 'programs.admin.filterArchived' },
    { value: 'all', label: 'programs.admin.filterAll' },
  ];
  /** Busy flag and failure message of an archive or restore, shown in its confirmation. */
  private readonly archiving = formSubmit(new FormGroup({}));

  ngOnInit(): void {
    void this.store.load();
  }

  /** mat-table's row context is untyped; this narrows it for the template. */
  protected asProgram(row: Program): Program {
    return row;
  }

  protected openCreate(): void {
    this.dialog
      .open<CreateProgramDialog, void, Program>(CreateProgramDialog, { injector: this.injector, width: '48rem', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((program) => {
        if (program) this.notify('programs.admin.created', program);
      });
  }

  /** Archive or restore, after confirming what it means for the members. */
  protected async setArchived(program: Program, archived: boolean): Promise<void> {
    const title = { title: program.title };
    const done = await ConfirmDialog.open(this.dialog, {
      heading: this.i18n.t(archived ? 'programs.admin.archiveTitle' : 'programs.admin.unarchiveTitle', title),
      text: this.i18n.t(archived ? 'programs.admin.archiveText' : 'programs.admin.unarchiveText'),
      confirmLabel: this.i18n.t(archived ? 'programs.admin.archive' : 'programs.admin.unarchive'),
      confirmTestId: 'program-archive-confirm',
      submission: this.archiving,
      confirm: () => this.archiving.run(() => (archived ? this.store.archive(program.id) : this.store.unarchive(program.id))),
    });
    if (done) this.notify(archived ? 'programs.admin.archivedDone' : 'programs.admin.unarchivedDone', program);
  }

  private notify(key: TranslationKey, program: Program): void {
    this.snackBar.open(this.i18n.t(key, { title: program.title }), undefined, { duration: 4000 });
  }
}
