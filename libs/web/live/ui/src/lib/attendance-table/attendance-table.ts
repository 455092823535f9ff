import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { AttendanceEntry } from '@ecampus/shared/contracts';
import { TranslatePipe, type TranslationKey } from '@ecampus/web/shared/util-i18n';
import { LiveWhenPipe } from '../live-when/live-when-pipe';

const ROLES = new Set(['coordinator', 'trainer', 'mentor', 'mentee', 'admin']);

/**
 * Who attended a session (moderators): name, role, minutes present, first join and last leave
 * ("noch im Raum" while she is there). Scrolls sideways on a phone inside a focusable region.
 */
@Component({
  selector: 'ec-live-attendance-table',
  imports: [TranslatePipe, LiveWhenPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './attendance-table.html',
  styleUrl: './attendance-table.css',
})
export class LiveAttendanceTable {
  readonly entries = input.required<readonly AttendanceEntry[]>();
  /** The table's caption ("Anwesenheit bei …"). */
  readonly label = input.required<string>();

  protected roleKey(role: string | null): TranslationKey | null {
    return role && ROLES.has(role) ? (`live.roles.${role}` as TranslationKey) : null;
  }
}
