import { ChangeDetectionStrategy, Component, OnInit, computed, inject } from '@angular/core';
import { FormControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { PROGRAM_STATUS_TRANSITIONS, type Program, type ProgramStatus, type UpdateProgramRequest } from '@ecampus/shared/contracts';
import { ProgramStore } from '@ecampus/web/programs/data-access';
import {
  PROGRAM_STATUS_KEYS,
  ProgramFields,
  createProgramForm,
  programFormValue,
  programRequestBody,
  showDateOrderProblems,
} from '@ecampus/web/programs/ui';
import { formSubmit } from '@ecampus/web/shared/data-access';
import { FORM_KIT } from '@ecampus/web/shared/ui';
import { I18nService, TranslatePipe } from '@ecampus/web/shared/util-i18n';

/**
 * Coordinators and administrators edit every field of the program; a changed status is a
 * transition the server checks. An archived program is read-only (the server refuses changes).
 */
@Component({
  selector: 'ec-settings-tab',
  imports: [FORM_KIT, ProgramFields, MatSelectModule, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './settings-tab.html',
  styleUrl: './settings-tab.css',
})
export class SettingsTab implements OnInit {
  protected readonly store = inject(ProgramStore);
  private readonly i18n = inject(I18nService);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly statusKeys = PROGRAM_STATUS_KEYS;
  /** The current status and the ones the life cycle allows next. */
  protected readonly statuses = computed<ProgramStatus[]>(() => {
    const current = this.store.program()?.status ?? 'draft';
    return [current, ...PROGRAM_STATUS_TRANSITIONS[current]];
  });

  readonly form = createProgramForm();
  /** Not a field of the program but a transition, so it lives beside the program's fields. */
  readonly status = new FormControl<ProgramStatus>('draft', { nonNullable: true });
  protected readonly submission = formSubmit(this.form);

  ngOnInit(): void {
    this.reset();
  }

  protected reset(): void {
    const p = this.store.program();
    if (p) this.show(p);
    this.submission.clear();
  }

  submit(): Promise<boolean> {
    showDateOrderProblems(this.form);
    const status = this.status.value;
    const body: UpdateProgramRequest = {
      ...programRequestBody(this.form),
      // Only a changed status is sent: it is a transition, not a field.
      ...(status !== this.store.program()?.status ? { status } : {}),
    };
    return this.submission.run(async () => {
      this.show(await this.store.updateProgram(body));
      this.snackBar.open(this.i18n.t('programs.settings.saved'), undefined, { duration: 4000 });
    });
  }

  private show(p: Program): void {
    this.form.reset(programFormValue(p));
    this.status.reset(p.status);
  }
}
