import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import type { Language } from '@ecampus/web/shared/util-i18n';

/** DE | EN toggle. Presentational: the caller owns the language state. */
@Component({
  selector: 'ec-language-switch',
  imports: [MatButtonToggleModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-button-toggle-group
      hideSingleSelectionIndicator
      [value]="language()"
      (change)="languageChange.emit($event.value)"
      [attr.aria-label]="label()"
      data-testid="language-switch"
    >
      <mat-button-toggle value="de" lang="de" data-testid="language-de">DE<span class="cdk-visually-hidden"> – Deutsch</span></mat-button-toggle>
      <mat-button-toggle value="en" lang="en" data-testid="language-en">EN<span class="cdk-visually-hidden"> – English</span></mat-button-toggle>
    </mat-button-toggle-group>
  `,
})
export class LanguageSwitch {
  readonly language = input.required<Language>();
  readonly label = input.required<string>();
  readonly languageChange = output<Language>();
}
