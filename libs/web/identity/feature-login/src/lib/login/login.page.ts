import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { ActivatedRoute, Router } from '@angular/router';
import { AuthStore, SESSION_EXPIRED_PARAM, safeReturnUrl } from '@ecampus/web/identity/data-access';
import { HttpErrorNotifier } from '@ecampus/web/shared/data-access';
import { Icon } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { map } from 'rxjs';
import { AuthCard } from '../auth-card/auth-card';

@Component({
  selector: 'ec-login-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressSpinnerModule,
    Icon,
    TranslatePipe,
    AuthCard,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login.page.html',
  styleUrl: '../auth-form.css',
})
export class LoginPage {
  private readonly store = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly errors = inject(HttpErrorNotifier);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly passwordVisible = signal(false);
  protected readonly submitting = signal(false);
  /** The server's own words for a refused login (401 wrong credentials, 429 too many tries). */
  protected readonly serverError = signal<string | null>(null);

  private readonly query = toSignal(this.route.queryParamMap, { initialValue: this.route.snapshot.queryParamMap });
  protected readonly sessionExpired = computed(() => this.query().has(SESSION_EXPIRED_PARAM) && !this.serverError());
  private readonly returnUrl = toSignal(this.route.queryParamMap.pipe(map((q) => safeReturnUrl(q.get('returnUrl')))), {
    initialValue: safeReturnUrl(this.route.snapshot.queryParamMap.get('returnUrl')),
  });

  protected togglePassword(): void {
    this.passwordVisible.update((visible) => !visible);
  }

  async submit(): Promise<void> {
    if (this.submitting()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;

    this.submitting.set(true);
    this.serverError.set(null);
    try {
      await this.store.login(this.form.getRawValue());
      await this.router.navigateByUrl(this.returnUrl());
    } catch (error) {
      this.serverError.set(this.errors.describe(error).message);
    } finally {
      this.submitting.set(false);
    }
  }
}
