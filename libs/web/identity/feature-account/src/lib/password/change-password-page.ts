import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, Validators } from '@angular/forms';
import { ACCOUNT_LIMITS } from '@ecampus/shared/contracts';
import { MyAccountApi } from '@ecampus/web/identity/data-access';
import { NewPasswordFields, passwordsMatch } from '@ecampus/web/identity/ui';
import { formSubmit } from '@ecampus/web/shared/data-access';
import { FORM_KIT, PageHeader } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { firstValueFrom } from 'rxjs';

/**
 * `/konto/passwort` (user menu "Passwort ändern"): current password, the new one twice. The
 * server checks the current one and the strength of the new one; its messages appear at those
 * fields. Every other session of the person ends, which the notice afterwards says.
 */
@Component({
  selector: 'ec-change-password-page',
  imports: [FORM_KIT, NewPasswordFields, PageHeader, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './change-password-page.html',
  styleUrl: './change-password-page.css',
})
export class ChangePasswordPage {
  private readonly api = inject(MyAccountApi);
  private readonly formDirective = viewChild.required(FormGroupDirective);

  // Field names as in the request, so the server's field messages land here.
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      currentPassword: ['', [Validators.required, Validators.maxLength(ACCOUNT_LIMITS.password.max)]],
      newPassword: [
        '',
        [Validators.required, Validators.minLength(ACCOUNT_LIMITS.password.min), Validators.maxLength(ACCOUNT_LIMITS.password.max)],
      ],
      repeat: ['', Validators.required],
    },
    { validators: passwordsMatch('newPassword', 'repeat') },
  );
  protected readonly submission = formSubmit(this.form);
  protected readonly changed = signal(false);

  submit(): Promise<boolean> {
    this.changed.set(false);
    const { currentPassword, newPassword } = this.form.getRawValue();
    return this.submission.run(async () => {
      await firstValueFrom(this.api.changePassword({ currentPassword, newPassword }));
      // resetForm also clears "submitted", so the empty fields show no errors.
      this.formDirective().resetForm();
      this.changed.set(true);
    });
  }
}
