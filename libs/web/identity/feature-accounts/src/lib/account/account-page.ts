import { ChangeDetectionStrategy, Component, Injector, effect, inject, input, untracked } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import type { Account } from '@ecampus/shared/contracts';
import { AccountStore } from '@ecampus/web/identity/data-access';
import { AccountStatusChip } from '@ecampus/web/identity/ui';
import { formSubmit } from '@ecampus/web/shared/data-access';
import { ConfirmDialog, EcDatePipe, EmptyState, Loading } from '@ecampus/web/shared/ui';
import { I18nService, TranslatePipe, type TranslationKey } from '@ecampus/web/shared/util-i18n';
import { AccountSections } from './account-sections';
import { RenameAccountDialog } from './rename-account-dialog';

/**
 * `/verwaltung/konten/:userId`: one account — e-mail, status, created, last active, rights — with
 * what an administrator does to it (rename, deactivate or reactivate, send the invitation again),
 * and below the sections other domains add (programs: her programs and roles).
 */
@Component({
  selector: 'ec-account-page',
  imports: [RouterLink, MatButtonModule, AccountStatusChip, AccountSections, EcDatePipe, EmptyState, Loading, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './account-page.html',
  styleUrl: './account-page.css',
})
export class AccountPage {
  protected readonly store = inject(AccountStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18nService);

  /** From the route (component input binding). */
  readonly userId = input.required<string>();

  /** Each action's busy flag and failure message, shown in its confirmation. */
  private readonly switching = formSubmit(new FormGroup({}));
  private readonly inviting = formSubmit(new FormGroup({}));

  constructor() {
    effect(() => {
      const id = this.userId();
      untracked(() => void this.store.load(id));
    });
  }

  protected rename(account: Account): void {
    this.dialog
      .open<RenameAccountDialog, Account, Account>(RenameAccountDialog, {
        injector: this.injector,
        data: account,
        width: '28rem',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((renamed) => {
        if (renamed) this.notify('identity.accounts.renameDialog.renamed');
      });
  }

  /** Deactivation ends her sessions everywhere at once; both ways are confirmed first. */
  protected async setActive(account: Account, active: boolean): Promise<void> {
    const name = { name: account.displayName };
    const done = await ConfirmDialog.open(this.dialog, {
      heading: this.i18n.t(active ? 'identity.accounts.detail.reactivateTitle' : 'identity.accounts.detail.deactivateTitle', name),
      text: this.i18n.t(active ? 'identity.accounts.detail.reactivateText' : 'identity.accounts.detail.deactivateText'),
      confirmLabel: this.i18n.t(active ? 'identity.accounts.detail.reactivate' : 'identity.accounts.detail.deactivate'),
      confirmTestId: 'account-active-confirm',
      submission: this.switching,
      confirm: () => this.switching.run(() => this.store.setActive(active)),
    });
    if (done) this.notify(active ? 'identity.accounts.detail.reactivated' : 'identity.accounts.detail.deactivated', name);
  }

  protected async resendInvitation(account: Account): Promise<void> {
    const done = await ConfirmDialog.open(this.dialog, {
      heading: this.i18n.t('identity.accounts.detail.resendTitle'),
      text: this.i18n.t('identity.accounts.detail.resendText', { name: account.displayName, email: account.email }),
      confirmLabel: this.i18n.t('identity.accounts.detail.resendInvitation'),
      confirmTestId: 'account-resend-confirm',
      submission: this.inviting,
      confirm: () => this.inviting.run(() => this.store.resendInvitation()),
    });
    if (done) this.notify('identity.accounts.detail.invitationSent');
  }

  private notify(key: TranslationKey, params?: Record<string, string>): void {
    this.snackBar.open(this.i18n.t(key, params), undefined, { duration: 4000 });
  }
}
