import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatSelectModule } from '@angular/material/select';
import { ProgramModeSchema, type ProgramMode } from '@ecampus/shared/contracts';
import { FORM_KIT } from '@ecampus/web/shared/ui';
import { I18nService, TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { MODE_KEYS } from '../labels';
import type { ProgramForm } from './program-form';

/**
 * The fields of a program — title, description, mode, start, end, application deadline, free of
 * charge, time commitment, contact — for a form made with createProgramForm(). Used by the
 * administration's "Programm anlegen" and the program's settings; the parent owns the `<form>`
 * and submits it with `formSubmit`, so the server's field messages appear at these fields.
 */
@Component({
  selector: 'ec-program-fields',
  imports: [FORM_KIT, MatSelectModule, MatCheckboxModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './program-fields.html',
  styleUrl: './program-fields.css',
})
export class ProgramFields {
  private readonly i18n = inject(I18nService);
  readonly form = input.required<ProgramForm>();
  /** Prefix of the fields' `data-testid`s ('settings' → `settings-title`). */
  readonly testIdPrefix = input('program');

  protected readonly modes: readonly ProgramMode[] = ProgramModeSchema.options;
  protected readonly modeKeys = MODE_KEYS;

  /** The message to show at a field: the server's, the date order rule's, or the validator's. */
  protected message(control: AbstractControl): string {
    if (control.hasError('server')) return control.getError('server');
    if (control.hasError('required')) return this.i18n.t('programs.settings.required');
    if (control.hasError('dateInvalid')) return this.i18n.t('dateField.invalid');
    if (control.hasError('email')) return this.i18n.t('programs.settings.emailInvalid');
    if (control.hasError('maxlength'))
      return this.i18n.t('programs.settings.tooLong', { max: control.getError('maxlength').requiredLength });
    if (control.hasError('endBeforeStart')) return this.i18n.t('programs.settings.endBeforeStart');
    if (control.hasError('deadlineAfterStart')) return this.i18n.t('programs.settings.deadlineAfterStart');
    return '';
  }
}
