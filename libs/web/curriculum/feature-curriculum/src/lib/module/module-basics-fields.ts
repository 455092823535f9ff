import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, NonNullableFormBuilder, Validators } from '@angular/forms';
import { MODULE_LIMITS } from '@ecampus/shared/contracts';
import { FORM_KIT } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** The title and summary controls with the contract's limits, for every form that edits a module. */
export function moduleBasicsControls(fb: NonNullableFormBuilder) {
  return {
    title: fb.control('', [Validators.required, Validators.maxLength(MODULE_LIMITS.title.max)]),
    summary: fb.control('', [Validators.maxLength(MODULE_LIMITS.summary.max)]),
  };
}

/** A module's title and summary fields with their messages ("Neues Modul" and the module form). */
@Component({
  selector: 'ec-module-basics-fields',
  imports: [FORM_KIT, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './module-basics-fields.html',
  styles: ':host { display: contents; }',
})
export class ModuleBasicsFields {
  readonly title = input.required<FormControl<string>>();
  readonly summary = input.required<FormControl<string>>();
  /** `create-module` → `create-module-title`, `create-module-summary`. */
  readonly testIdPrefix = input.required<string>();
  protected readonly limits = MODULE_LIMITS;
}
