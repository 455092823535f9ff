import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { Bilingual } from '@ecampus/shared/contracts';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** Numbers above this show as "99+": the badge stays small, the label still says the number. */
const MAX_SHOWN = 99;

/**
 * A small count beside a navigation link or tab (ProgramTab.badge): the number for the eye
 * (hidden from screen readers), the label for screen readers and as tooltip, so the link is read
 * "Prüfen, 3 Abgaben warten auf Prüfung". Renders nothing at 0.
 */
@Component({
  selector: 'ec-nav-badge',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './nav-badge.html',
  styleUrl: './nav-badge.css',
})
export class NavBadge {
  readonly count = input.required<number>();
  /** The label for this count, in both languages. */
  readonly label = input.required<Bilingual>();
  readonly testId = input.required<string>();
  protected readonly shown = computed(() => (this.count() > MAX_SHOWN ? `${MAX_SHOWN}+` : String(this.count())));
}
