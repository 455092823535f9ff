import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { I18nService, TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { LanguageSwitch } from '../language-switch/language-switch';

/**
 * The frame of pages outside the signed-in shell (login, setting a password, the public certificate
 * check): app name, language switch, one card with heading and intro. What follows the card goes in
 * with the attribute `ecPublicFrameFooter`.
 */
@Component({
  selector: 'ec-public-frame',
  imports: [MatCardModule, LanguageSwitch, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './public-frame.html',
  styleUrl: './public-frame.css',
  host: { '[class.wide]': 'wide()' },
})
export class PublicFrame {
  protected readonly i18n = inject(I18nService);
  readonly heading = input.required<string>();
  readonly intro = input('');
  /** A wider card (560 px instead of 420 px), for content such as a verification result. */
  readonly wide = input(false);
}
