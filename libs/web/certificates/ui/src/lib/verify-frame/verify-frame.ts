import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PublicFrame } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** Frame of the public check (no login, outside the signed-in shell): the wide public frame with a way into eCampus below it. */
@Component({
  selector: 'ec-verify-frame',
  imports: [PublicFrame, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './verify-frame.html',
  styleUrl: './verify-frame.css',
})
export class VerifyFrame {
  readonly heading = input.required<string>();
  readonly intro = input('');
}
