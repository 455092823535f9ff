import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ModuleStatus } from '@ecampus/shared/contracts';
import { TranslatePipe, type TranslationKey } from '@ecampus/web/shared/util-i18n';

/** "Entwurf" / "Veröffentlicht" as a small chip. */
@Component({
  selector: 'ec-module-status-chip',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './module-status-chip.html',
  styleUrl: './module-status-chip.css',
})
export class ModuleStatusChip {
  readonly status = input.required<ModuleStatus>();
  protected readonly key = computed<TranslationKey>(() => `curriculum.status.${this.status()}`);
}
