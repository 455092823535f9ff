import { ChangeDetectionStrategy, Component, Injector, effect, inject, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import type { ModuleSummary } from '@ecampus/shared/contracts';
import { CurriculumStore } from '@ecampus/web/curriculum/data-access';
import { ModuleList } from '@ecampus/web/curriculum/ui';
import { EmptyState, Loading, PageHeader } from '@ecampus/web/shared/ui';
import { I18nService, TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { curriculumLinks, programIdOfRoute } from '../program-id';
import { CreateModuleDialog } from './create-module-dialog';

/**
 * The program tab "Module": staff see every module with its status and put them in order (drag
 * and drop, or the buttons by keyboard) and create new ones; participants see the published ones
 * with their progress and what still locks a module.
 */
@Component({
  selector: 'ec-modules-tab',
  imports: [MatButtonModule, PageHeader, Loading, EmptyState, ModuleList, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './modules-tab.html',
  styleUrl: './modules-tab.css',
})
export class ModulesTab {
  protected readonly store = inject(CurriculumStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  private readonly programId = programIdOfRoute();
  protected readonly reordering = signal(false);

  constructor() {
    effect(() => {
      const programId = this.programId();
      untracked(() => void this.store.load(programId));
    });
  }

  protected reload(): Promise<void> {
    return this.store.load(this.programId());
  }

  protected async reorder(moduleIds: string[]): Promise<void> {
    this.reordering.set(true);
    try {
      await this.store.reorder(moduleIds);
      this.snackBar.open(this.i18n.t('curriculum.common.orderSaved'), undefined, { duration: 3000 });
    } catch {
      this.snackBar.open(this.i18n.t('curriculum.common.orderFailed'), undefined, { duration: 6000 });
    } finally {
      this.reordering.set(false);
    }
  }

  protected openCreate(): void {
    this.dialog
      .open<CreateModuleDialog, void, ModuleSummary>(CreateModuleDialog, { injector: this.injector, width: '32rem', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((module) => {
        if (!module) return;
        this.snackBar.open(this.i18n.t('curriculum.createModule.created', { title: module.title }), undefined, { duration: 4000 });
        void this.router.navigate(curriculumLinks.module(this.programId(), module.id));
      });
  }
}
