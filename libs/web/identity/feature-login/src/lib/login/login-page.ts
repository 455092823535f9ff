import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router } from '@angular/router';
import { AuthStore, SESSION_EXPIRED_PARAM, safeReturnUrl } from '@ecampus/web/identity/data-access';
import { formSubmit } from '@ecampus/web/shared/data-access';
import { FieldErrorPipe, FormMessages, SubmitButton } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { map } from 'rxjs';
import { AuthCard } from '../auth-card/auth-card';
import { PasswordToggle } from '@ecampus/web/identity/ui';

@Component({
  selector: 'ec-login-page',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    AuthCard,
    PasswordToggle,
    FieldErrorPipe,
    FormMessages,
    SubmitButton,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login-page.html',
  styleUrl: '../auth-form.css',
})
export class LoginPage {
  private readonly store = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly passwordVisible = signal(false);
  /** Shows the server's own words for a refused login (401 wrong credentials, 429 too many tries). */
  protected readonly submission = formSubmit(this.form);

  private readonly query = toSignal(this.route.queryParamMap, { initialValue: this.route.snapshot.queryParamMap });
  protected readonly sessionExpired = computed(() => this.query().has(SESSION_EXPIRED_PARAM) && this.submission.messages().length === 0);
  private readonly returnUrl = toSignal(this.route.queryParamMap.pipe(map((q) => safeReturnUrl(q.get('returnUrl')))), {
    initialValue: safeReturnUrl(this.route.snapshot.queryParamMap.get('returnUrl')),
  });

  submit(): Promise<boolean> {
    return this.submission.run(async () => {
      await this.store.login(this.form.getRawValue());
      await this.router.navigateByUrl(this.returnUrl());
    });
  }
}
