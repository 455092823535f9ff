import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { PublicFrame } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** Frame of the pages a person sees before signing in: the public frame with the app's tagline below the card. */
@Component({
  selector: 'ec-auth-card',
  imports: [PublicFrame, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './auth-card.html',
  styleUrl: './auth-card.css',
})
export class AuthCard {
  readonly heading = input.required<string>();
  readonly intro = input('');
}
