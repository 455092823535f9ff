import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, Injector, OnInit, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import type { Account } from '@ecampus/shared/contracts';
import { AccountListStore, AccountsApi } from '@ecampus/web/identity/data-access';
import { AccountStatusChip } from '@ecampus/web/identity/ui';
import { EcDatePipe, EmptyState, Loading, PageHeader } from '@ecampus/web/shared/ui';
import { I18nService, TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { debounceTime, distinctUntilChanged, firstValueFrom, skip } from 'rxjs';
import { CreateAccountDialog, type CreatedAccount } from './create-account-dialog';

/** Typing pauses this long before the list is searched, so not every key stroke asks the server. */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * `/verwaltung/konten`: every account, searched by name or e-mail and paged by the server, with
 * status and last activity; "Konto anlegen" creates one with a password or sends an invitation.
 * Each name leads to the account's page, where she is renamed, deactivated or invited again.
 * "Warteschlangen" opens Bull Board (the API's page for admins) after handing it this session.
 */
@Component({
  selector: 'ec-accounts-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatTableModule,
    AccountStatusChip,
    EcDatePipe,
    EmptyState,
    Loading,
    PageHeader,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './accounts-page.html',
  styleUrl: './accounts-page.css',
})
export class AccountsPage implements OnInit {
  protected readonly store = inject(AccountListStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18nService);
  private readonly api = inject(AccountsApi);
  private readonly document = inject(DOCUMENT);

  protected readonly columns = ['name', 'email', 'status', 'lastSeen'];
  protected readonly term = signal('');
  protected readonly openingQueues = signal(false);
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.store.total() / this.store.pageSize())));

  constructor() {
    toObservable(this.term)
      .pipe(skip(1), debounceTime(SEARCH_DEBOUNCE_MS), distinctUntilChanged(), takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((q) => void this.store.search(q));
  }

  ngOnInit(): void {
    void this.store.load();
  }

  /** mat-table's row context is untyped; this narrows it for the template. */
  protected asAccount(row: Account): Account {
    return row;
  }

  protected openCreate(): void {
    this.dialog
      .open<CreateAccountDialog, void, CreatedAccount>(CreateAccountDialog, { injector: this.injector, width: '34rem', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((created) => {
        if (!created) return;
        const key = created.invited ? 'identity.accounts.createDialog.invited' : 'identity.accounts.createDialog.created';
        this.snackBar.open(this.i18n.t(key, { name: created.displayName }), undefined, { duration: 4000 });
      });
  }

  /** Bull Board is a page of the API: it gets this session as a cookie first, then the tab goes there. */
  protected async openQueues(): Promise<void> {
    this.openingQueues.set(true);
    try {
      const { url } = await firstValueFrom(this.api.openQueueBoard());
      this.go(url);
    } catch {
      this.snackBar.open(this.i18n.t('identity.accounts.queuesFailed'), undefined, { duration: 5000 });
    } finally {
      this.openingQueues.set(false);
    }
  }

  /** Leaves the Angular app for a page of the server (a spec replaces it: jsdom cannot navigate). */
  protected go(url: string): void {
    this.document.location.assign(url);
  }
}
