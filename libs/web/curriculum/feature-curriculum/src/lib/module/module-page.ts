import { ChangeDetectionStrategy, Component, Injector, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import type { ModuleDetail, Program } from '@ecampus/shared/contracts';
import { CurriculumStore, ModuleStore } from '@ecampus/web/curriculum/data-access';
import { AssignmentList, HistoryList, LessonList, ModuleStatusChip } from '@ecampus/web/curriculum/ui';
import { formSubmit } from '@ecampus/web/shared/data-access';
import { ConfirmDialog, EcDatePipe, EmptyState, Loading } from '@ecampus/web/shared/ui';
import { I18nService, TranslatePipe, type TranslationKey } from '@ecampus/web/shared/util-i18n';
import { curriculumLinks, programIdOfRoute } from '../program-id';
import { CopyModuleDialog } from './copy-module-dialog';
import { ModuleForm } from './module-form';
import { ModuleMaterials } from './module-materials';

/**
 * One module: summary, learning goals, lessons (with the participant's check marks), materials
 * and assignments (with the tandem's status; for staff what waits for review). Staff edit it, publish or unpublish it (after a confirmation), delete a draft, copy it into another
 * program, write and order its lessons, and read its history.
 */
@Component({
  selector: 'ec-module-page',
  imports: [
    MatButtonModule,
    MatExpansionModule,
    RouterLink,
    Loading,
    EmptyState,
    EcDatePipe,
    TranslatePipe,
    LessonList,
    HistoryList,
    ModuleStatusChip,
    ModuleForm,
    ModuleMaterials,
    AssignmentList,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './module-page.html',
  styleUrl: './module-page.css',
})
export class ModulePage {
  protected readonly store = inject(ModuleStore);
  protected readonly curriculum = inject(CurriculumStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);

  /** From the route (component input binding). */
  readonly moduleId = input.required<string>();
  protected readonly programId = programIdOfRoute();
  protected readonly modulesLink = computed(() => curriculumLinks.modules(this.programId()));

  protected readonly editing = signal(false);
  protected readonly reordering = signal(false);
  private readonly publishing = formSubmit(new FormGroup({}));
  private readonly deleting = formSubmit(new FormGroup({}));

  protected readonly prerequisiteTitle = computed(() => {
    const id = this.store.module()?.prerequisiteModuleId;
    return id ? (this.curriculum.modules().find((m) => m.id === id)?.title ?? null) : null;
  });

  constructor() {
    effect(() => {
      const moduleId = this.moduleId();
      const programId = this.programId();
      untracked(() => {
        this.editing.set(false);
        void this.store.load(moduleId);
        // The prerequisite select and its title need the program's modules.
        void this.curriculum.load(programId);
      });
    });
  }

  protected reload(): Promise<void> {
    return this.store.load(this.moduleId());
  }

  protected saved(): void {
    this.editing.set(false);
    this.notify('curriculum.moduleForm.saved');
    void this.curriculum.reloadModules();
  }

  protected async setPublished(module: ModuleDetail, publish: boolean): Promise<void> {
    const title = { title: module.title };
    const done = await ConfirmDialog.open(this.dialog, {
      heading: this.i18n.t(publish ? 'curriculum.publishDialog.publishTitle' : 'curriculum.publishDialog.unpublishTitle'),
      text: this.i18n.t(publish ? 'curriculum.publishDialog.publishText' : 'curriculum.publishDialog.unpublishText', title),
      confirmLabel: this.i18n.t(publish ? 'curriculum.publishDialog.publishConfirm' : 'curriculum.publishDialog.unpublishConfirm'),
      busyLabel: this.i18n.t(publish ? 'curriculum.publishDialog.publishBusy' : 'curriculum.publishDialog.unpublishBusy'),
      confirmTestId: 'module-publish-confirm',
      submission: this.publishing,
      confirm: () => this.publishing.run(() => (publish ? this.store.publish() : this.store.unpublish())),
    });
    if (done) {
      this.notify(publish ? 'curriculum.module.published' : 'curriculum.module.unpublished');
      void this.curriculum.reloadModules();
    }
  }

  protected async remove(module: ModuleDetail): Promise<void> {
    const done = await ConfirmDialog.open(this.dialog, {
      heading: this.i18n.t('curriculum.publishDialog.deleteTitle'),
      text: this.i18n.t('curriculum.publishDialog.deleteText', { title: module.title }),
      confirmLabel: this.i18n.t('curriculum.publishDialog.deleteConfirm'),
      busyLabel: this.i18n.t('curriculum.publishDialog.deleteBusy'),
      confirmTestId: 'module-delete-confirm',
      submission: this.deleting,
      confirm: () => this.deleting.run(() => this.store.remove()),
    });
    if (!done) return;
    this.notify('curriculum.module.deleted');
    await this.router.navigate(this.modulesLink());
  }

  protected openCopy(): void {
    this.dialog
      .open<CopyModuleDialog, void, Program>(CopyModuleDialog, { injector: this.injector, width: '32rem', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((program) => {
        if (program) this.notify('curriculum.module.copied', { program: program.title });
      });
  }

  protected async reorderLessons(lessonIds: string[]): Promise<void> {
    this.reordering.set(true);
    try {
      await this.store.reorderLessons(lessonIds);
      this.notify('curriculum.common.orderSaved');
    } catch {
      this.notify('curriculum.common.orderFailed');
    } finally {
      this.reordering.set(false);
    }
  }

  private notify(key: TranslationKey, params?: Record<string, string>): void {
    this.snackBar.open(this.i18n.t(key, params), undefined, { duration: 4000 });
  }
}
