import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { ACCOUNT_LIMITS } from '@ecampus/shared/contracts';
import { AuthStore, LOGIN_PATH } from '@ecampus/web/identity/data-access';
import { formSubmit } from '@ecampus/web/shared/data-access';
import { FormMessages, SubmitButton } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { AuthCard } from '../auth-card/auth-card';
import { NewPasswordFields, passwordsMatch } from '@ecampus/web/identity/ui';

/** The server's password rule (PasswordSchema in contracts), so the form never accepts what the API refuses. */
export const PASSWORD_LIMITS = ACCOUNT_LIMITS.password;

/** `/passwort-setzen?token=…`: an invited person chooses a password and is signed in. */
@Component({
  selector: 'ec-set-password-page',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, AuthCard, NewPasswordFields, FormMessages, SubmitButton, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './set-password-page.html',
  styleUrl: '../auth-form.css',
})
export class SetPasswordPage {
  private readonly store = inject(AuthStore);
  private readonly router = inject(Router);

  protected readonly token = inject(ActivatedRoute).snapshot.queryParamMap.get('token') ?? '';
  protected readonly loginPath = LOGIN_PATH;
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      password: ['', [Validators.required, Validators.minLength(PASSWORD_LIMITS.min), Validators.maxLength(PASSWORD_LIMITS.max)]],
      repeat: ['', Validators.required],
    },
    { validators: passwordsMatch('password', 'repeat') },
  );
  protected readonly submission = formSubmit(this.form);

  submit(): Promise<boolean> {
    if (!this.token) return Promise.resolve(false);
    return this.submission.run(async () => {
      await this.store.setPassword({ token: this.token, password: this.form.getRawValue().password });
      await this.router.navigateByUrl('/');
    });
  }
}
