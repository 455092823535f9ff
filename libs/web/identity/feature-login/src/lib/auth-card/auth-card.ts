import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { LanguageSwitch } from '@ecampus/web/shared/ui';
import { I18nService, TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** Frame of the pages a person sees before signing in: app name, language switch, one card with heading and intro. */
@Component({
  selector: 'ec-auth-card',
  imports: [MatCardModule, LanguageSwitch, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './auth-card.html',
  styleUrl: './auth-card.css',
})
export class AuthCard {
  protected readonly i18n = inject(I18nService);
  readonly heading = input.required<string>();
  readonly intro = input('');
}
