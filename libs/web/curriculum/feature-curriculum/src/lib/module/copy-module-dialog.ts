import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import type { Program } from '@ecampus/shared/contracts';
import { CurriculumStore, ModuleStore } from '@ecampus/web/curriculum/data-access';
import { formSubmit } from '@ecampus/web/shared/data-access';
import { FORM_KIT, Loading } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** "In anderes Programm kopieren": the programs where the caller is staff; closes with the chosen one. */
@Component({
  selector: 'ec-copy-module-dialog',
  imports: [FORM_KIT, MatSelectModule, Loading, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './copy-module-dialog.html',
})
export class CopyModuleDialog implements OnInit {
  protected readonly curriculum = inject(CurriculumStore);
  private readonly store = inject(ModuleStore);
  private readonly dialogRef = inject<MatDialogRef<CopyModuleDialog, Program>>(MatDialogRef);

  readonly form = new FormGroup({ programId: new FormControl<string | null>(null, { validators: [Validators.required] }) });
  protected readonly submission = formSubmit(this.form);

  ngOnInit(): void {
    void this.curriculum.loadStaffPrograms();
  }

  submit(): Promise<boolean> {
    const programId = this.form.getRawValue().programId as string;
    return this.submission.run(async () => {
      await this.store.copyTo(programId);
      this.dialogRef.close(this.curriculum.staffPrograms().find((p) => p.id === programId));
    });
  }
}
