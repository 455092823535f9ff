import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Icon } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** The eye button at the end of a password field: shows or hides what was typed. Use with `matSuffix`. */
@Component({
  selector: 'ec-password-toggle',
  imports: [MatButtonModule, Icon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './password-toggle.html',
})
export class PasswordToggle {
  readonly visible = model(false);
  readonly testId = input('');
}
