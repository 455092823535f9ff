import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import type { Language } from '@ecampus/web/shared/util-i18n';

/** DE | EN toggle. Presentational: the caller owns the language state. */
@Component({
  selector: 'ec-language-switch',
  imports: [MatButtonToggleModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './language-switch.html',
})
export class LanguageSwitch {
  readonly language = input.required<Language>();
  readonly label = input.required<string>();
  readonly languageChange = output<Language>();
}
