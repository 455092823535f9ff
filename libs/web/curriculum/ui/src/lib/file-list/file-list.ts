import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { StoredFile } from '@ecampus/shared/contracts';
import { I18nService, TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { FileKindIcon } from '../file-kind-icon/file-kind-icon';
import { formatFileSize } from '../file-size-pipe/file-size-pipe';

/**
 * Stored files (a module's materials, the files of a submitted version): kind, name, size, pages
 * of a PDF, a download button and, with `canDelete`, a delete button. The page does the work
 * (downloads need the token, deletes a confirmation); `busyId` disables the buttons of the file
 * being worked on.
 */
@Component({
  selector: 'ec-file-list',
  imports: [MatButtonModule, TranslatePipe, FileKindIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './file-list.html',
  styleUrl: './file-list.css',
})
export class FileList {
  private readonly i18n = inject(I18nService);
  readonly files = input.required<readonly StoredFile[]>();
  /** The list's name for screen readers ("Materialien dieses Moduls"). */
  readonly label = input.required<string>();
  readonly canDelete = input(false);
  readonly busyId = input<string | null>(null);
  /** `data-testid` of each entry (`material-item` for materials). */
  readonly itemTestId = input('file-item');
  readonly download = output<StoredFile>();
  readonly remove = output<StoredFile>();

  /** "PDF · 1,5 MB · 4 Seiten" in the page's language. */
  protected meta(file: StoredFile): string {
    return [
      this.i18n.t(`curriculum.files.kind.${file.kind}`),
      formatFileSize(file.sizeBytes, this.i18n.language()),
      ...(file.pageCount ? [this.i18n.t('curriculum.files.pages', { count: file.pageCount })] : []),
    ].join(' · ');
  }
}
