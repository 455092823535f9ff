import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { DEFAULT_UPLOAD_MAX_BYTES, FileErrorCode, type StoredFile } from '@ecampus/shared/contracts';
import { MaterialsStore, checkUpload } from '@ecampus/web/curriculum/data-access';
import { FileList, FilePicker, formatFileSize } from '@ecampus/web/curriculum/ui';
import { HttpErrorNotifier, formSubmit } from '@ecampus/web/shared/data-access';
import { ConfirmDialog, FormMessages } from '@ecampus/web/shared/ui';
import { I18nService, TranslatePipe } from '@ecampus/web/shared/util-i18n';

/**
 * The "Materialien" section of the module page: the files with download buttons and, for staff,
 * upload (button or drop, several files one after the other, progress and cancel) and delete
 * after a confirmation. The browser checks extension and size first; the server checks again
 * (content too) and its message is shown.
 */
@Component({
  selector: 'ec-module-materials',
  imports: [FilePicker, FileList, FormMessages, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './module-materials.html',
  styleUrl: './module-materials.css',
})
export class ModuleMaterials {
  protected readonly store = inject(MaterialsStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly notifier = inject(HttpErrorNotifier);
  private readonly i18n = inject(I18nService);

  /** Staff who may change the module: upload and delete. */
  readonly canEdit = input.required<boolean>();

  /** Why files were refused, one line each (the server's words for its refusals). */
  protected readonly messages = signal<readonly string[]>([]);
  /** The material being downloaded or deleted. */
  protected readonly busyId = signal<string | null>(null);
  /** The API's limit (ModuleDetail.uploadMaxBytes). */
  readonly maxBytes = input<number>(DEFAULT_UPLOAD_MAX_BYTES);
  protected readonly maxSize = computed(() => formatFileSize(this.maxBytes(), this.i18n.language()));
  private readonly deleting = formSubmit(new FormGroup({}));

  async upload(files: readonly File[]): Promise<void> {
    this.messages.set([]);
    const problems: string[] = [];
    for (const file of files) {
      const refusal = checkUpload(file, this.maxBytes());
      if (refusal) {
        problems.push(
          this.i18n.t(refusal === FileErrorCode.FileTooLarge ? 'curriculum.upload.refusedSize' : 'curriculum.upload.refusedType', {
            name: file.name,
            max: this.maxSize(),
          }),
        );
        continue;
      }
      try {
        const material = await this.store.upload(file);
        if (!material) {
          // Cancelled: the rest of the files stays where it is too.
          this.notify(this.i18n.t('curriculum.upload.cancelled', { name: file.name }));
          break;
        }
        this.notify(this.i18n.t('curriculum.materials.uploaded', { name: material.fileName }));
      } catch (error) {
        problems.push(this.i18n.t('curriculum.upload.failed', { name: file.name, message: this.notifier.describe(error).message }));
      }
    }
    this.messages.set(problems);
  }

  protected async download(material: StoredFile): Promise<void> {
    this.busyId.set(material.id);
    try {
      await this.store.download(material);
    } catch {
      // The app's error display has announced it.
    } finally {
      this.busyId.set(null);
    }
  }

  protected async remove(material: StoredFile): Promise<void> {
    this.busyId.set(material.id);
    try {
      const done = await ConfirmDialog.open(this.dialog, {
        heading: this.i18n.t('curriculum.materials.deleteTitle'),
        text: this.i18n.t('curriculum.materials.deleteText', { name: material.fileName }),
        confirmLabel: this.i18n.t('curriculum.materials.deleteConfirm'),
        busyLabel: this.i18n.t('curriculum.materials.deleteBusy'),
        confirmTestId: 'material-delete-confirm',
        submission: this.deleting,
        confirm: () => this.deleting.run(() => this.store.remove(material.id)),
      });
      if (done) this.notify(this.i18n.t('curriculum.materials.deleted'));
    } finally {
      this.busyId.set(null);
    }
  }

  private notify(text: string): void {
    this.snackBar.open(text, undefined, { duration: 4000 });
  }
}
