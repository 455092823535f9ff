import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Icon } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** The eye button at the end of a password field: shows or hides what was typed. Use with `matSuffix`. */
@Component({
  selector: 'ec-password-toggle',
  imports: [MatButtonModule, Icon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      matIconButton
      type="button"
      (click)="visible.set(!visible())"
      [attr.aria-label]="(visible() ? 'identity.login.hidePassword' : 'identity.login.showPassword') | t"
      [attr.aria-pressed]="visible()"
      [attr.data-testid]="testId() || null"
    >
      <ec-icon [name]="visible() ? 'eyeOff' : 'eye'" />
    </button>
  `,
})
export class PasswordToggle {
  readonly visible = model(false);
  readonly testId = input('');
}
