import { Pipe, PipeTransform, inject } from '@angular/core';
import { PROGRAM_ROLE_LABELS, type ProgramRole } from '@ecampus/shared/contracts';
import { I18nService, type Language } from '@ecampus/web/shared/util-i18n';

/** A program role's name in the given language, from the contracts' one table of role names. */
export function roleLabel(role: ProgramRole, language: Language): string {
  return PROGRAM_ROLE_LABELS[role][language];
}

/** `{{ role | roleLabel }}` in the app's language. Impure like the `t` pipe, so a language switch re-renders it. */
@Pipe({ name: 'roleLabel', pure: false })
export class RoleLabelPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(role: ProgramRole): string {
    return roleLabel(role, this.i18n.language());
  }
}
