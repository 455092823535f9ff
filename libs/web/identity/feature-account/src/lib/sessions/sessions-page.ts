import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import type { Session } from '@ecampus/shared/contracts';
import { LOGIN_PATH, SessionListStore } from '@ecampus/web/identity/data-access';
import { formSubmit } from '@ecampus/web/shared/data-access';
import { ConfirmDialog, EcDatePipe, EmptyState, Icon, Loading, PageHeader } from '@ecampus/web/shared/ui';
import { I18nService, TranslatePipe } from '@ecampus/web/shared/util-i18n';

/**
 * `/konto/sitzungen` (user menu "Sitzungen"): where the person is signed in — device, since when,
 * last use, "dieses Gerät" — and ending one session, all others, or all of them.
 */
@Component({
  selector: 'ec-sessions-page',
  imports: [MatButtonModule, EmptyState, Loading, Icon, EcDatePipe, PageHeader, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sessions-page.html',
  styleUrl: './sessions-page.css',
})
export class SessionsPage implements OnInit {
  protected readonly store = inject(SessionListStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);

  /** Each action's busy flag and failure message, shown in its confirmation. */
  private readonly ending = formSubmit(new FormGroup({}));
  private readonly endingOthers = formSubmit(new FormGroup({}));
  private readonly endingAll = formSubmit(new FormGroup({}));

  ngOnInit(): void {
    void this.store.load();
  }

  protected async end(session: Session): Promise<void> {
    const ended = await ConfirmDialog.open(this.dialog, {
      heading: this.i18n.t('identity.account.sessions.endTitle'),
      text: this.i18n.t('identity.account.sessions.endText', { device: session.device }),
      confirmLabel: this.i18n.t('identity.account.sessions.end'),
      confirmTestId: 'session-end-confirm',
      submission: this.ending,
      confirm: () => this.ending.run(() => this.store.end(session.id)),
    });
    if (ended) this.notify('identity.account.sessions.ended');
  }

  protected async endOthers(): Promise<void> {
    const ended = await ConfirmDialog.open(this.dialog, {
      heading: this.i18n.t('identity.account.sessions.endOthersTitle'),
      text: this.i18n.t('identity.account.sessions.endOthersText', { count: this.store.others().length }),
      confirmLabel: this.i18n.t('identity.account.sessions.endOthers'),
      confirmTestId: 'sessions-end-others-confirm',
      submission: this.endingOthers,
      confirm: () => this.endingOthers.run(() => this.store.endOthers()),
    });
    if (ended) this.notify('identity.account.sessions.othersEnded');
  }

  protected async logoutEverywhere(): Promise<void> {
    const done = await ConfirmDialog.open(this.dialog, {
      heading: this.i18n.t('identity.account.sessions.everywhereTitle'),
      text: this.i18n.t('identity.account.sessions.everywhereText'),
      confirmLabel: this.i18n.t('identity.account.sessions.everywhere'),
      confirmTestId: 'sessions-everywhere-confirm',
      submission: this.endingAll,
      confirm: () => this.endingAll.run(() => this.store.logoutEverywhere()),
    });
    if (done) await this.router.navigateByUrl(LOGIN_PATH);
  }

  private notify(key: 'identity.account.sessions.ended' | 'identity.account.sessions.othersEnded'): void {
    this.snackBar.open(this.i18n.t(key), undefined, { duration: 4000 });
  }
}
