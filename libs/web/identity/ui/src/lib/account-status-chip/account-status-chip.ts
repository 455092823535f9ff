import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { AccountStatus } from '@ecampus/shared/contracts';
import { TranslatePipe, type TranslationKey } from '@ecampus/web/shared/util-i18n';

const STATUS_KEYS: Record<AccountStatus, TranslationKey> = {
  active: 'identity.accounts.accountStatus.active',
  invited: 'identity.accounts.accountStatus.invited',
  deactivated: 'identity.accounts.accountStatus.deactivated',
};

/** An account's status as a small label: aktiv, eingeladen (no password yet), deaktiviert. */
@Component({
  selector: 'ec-account-status-chip',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './account-status-chip.html',
  styleUrl: './account-status-chip.css',
})
export class AccountStatusChip {
  readonly status = input.required<AccountStatus>();
  protected readonly key = computed(() => STATUS_KEYS[this.status()]);
}
