import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';
import type { ModuleSummary } from '@ecampus/shared/contracts';
import { CurriculumStore } from '@ecampus/web/curriculum/data-access';
import { formSubmit } from '@ecampus/web/shared/data-access';
import { FORM_KIT } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { ModuleBasicsFields, moduleBasicsControls } from '../module/module-basics-fields';

/** "Neues Modul": title and summary; the module starts as a draft at the end of the program's order. */
@Component({
  selector: 'ec-create-module-dialog',
  imports: [FORM_KIT, ModuleBasicsFields, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './create-module-dialog.html',
})
export class CreateModuleDialog {
  private readonly store = inject(CurriculumStore);
  private readonly dialogRef = inject<MatDialogRef<CreateModuleDialog, ModuleSummary>>(MatDialogRef);

  private readonly fb = inject(NonNullableFormBuilder);
  readonly form = this.fb.group(moduleBasicsControls(this.fb));
  protected readonly submission = formSubmit(this.form);

  submit(): Promise<boolean> {
    const { title, summary } = this.form.getRawValue();
    return this.submission.run(async () => {
      this.dialogRef.close(await this.store.createModule({ title: title.trim(), summary: summary.trim() }));
    });
  }
}
