import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AuthStore, LOGIN_PATH } from '@ecampus/web/identity/data-access';
import { HttpErrorNotifier } from '@ecampus/web/shared/data-access';
import { Icon } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { AuthCard } from '../auth-card/auth-card';

/**
 * The server's password rule (PasswordSchema in contracts), so the form never accepts what the
 * API refuses. Numbers instead of the schema keep zod out of the login chunk; the spec asserts
 * they equal the schema's limits.
 */
export const PASSWORD_LIMITS = { min: 10, max: 200 } as const;

function repeatMatches(group: AbstractControl): ValidationErrors | null {
  const { password, repeat } = group.value as { password: string; repeat: string };
  return repeat && password !== repeat ? { mismatch: true } : null;
}

/** `/passwort-setzen?token=…`: an invited person chooses a password and is signed in. */
@Component({
  selector: 'ec-set-password-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressSpinnerModule,
    Icon,
    TranslatePipe,
    AuthCard,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './set-password.page.html',
  styleUrl: '../auth-form.css',
})
export class SetPasswordPage {
  private readonly store = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly errors = inject(HttpErrorNotifier);

  protected readonly token = inject(ActivatedRoute).snapshot.queryParamMap.get('token') ?? '';
  protected readonly loginPath = LOGIN_PATH;
  protected readonly limits = PASSWORD_LIMITS;
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      password: ['', [Validators.required, Validators.minLength(PASSWORD_LIMITS.min), Validators.maxLength(PASSWORD_LIMITS.max)]],
      repeat: ['', Validators.required],
    },
    { validators: repeatMatches },
  );
  protected readonly passwordVisible = signal(false);
  protected readonly submitting = signal(false);
  protected readonly serverError = signal<string | null>(null);

  protected togglePassword(): void {
    this.passwordVisible.update((visible) => !visible);
  }

  async submit(): Promise<void> {
    if (this.submitting() || !this.token) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;

    this.submitting.set(true);
    this.serverError.set(null);
    try {
      await this.store.setPassword({ token: this.token, password: this.form.getRawValue().password });
      await this.router.navigateByUrl('/');
    } catch (error) {
      this.serverError.set(this.errors.describe(error).message);
    } finally {
      this.submitting.set(false);
    }
  }
}
