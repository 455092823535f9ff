import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { LanguageSwitch } from '@ecampus/web/shared/ui';
import { I18nService, TranslatePipe } from '@ecampus/web/shared/util-i18n';

/**
 * Frame of the public check (no login, outside the signed-in shell): app name, language switch,
 * one card with heading and intro, and a way into eCampus.
 */
@Component({
  selector: 'ec-verify-frame',
  imports: [MatCardModule, RouterLink, LanguageSwitch, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './verify-frame.html',
  styleUrl: './verify-frame.css',
})
export class VerifyFrame {
  protected readonly i18n = inject(I18nService);
  readonly heading = input.required<string>();
  readonly intro = input('');
}
