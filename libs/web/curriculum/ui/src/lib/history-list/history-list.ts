import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { ModuleHistoryEntry } from '@ecampus/shared/contracts';
import { EcDatePipe } from '@ecampus/web/shared/ui';
import { I18nService, TranslatePipe, type TranslationKey } from '@ecampus/web/shared/util-i18n';
import type { de } from '../../i18n/de';

type FieldName = keyof (typeof de)['history']['field'];
const FIELD_NAMES: readonly FieldName[] = [
  'title',
  'summary',
  'learningGoals',
  'releaseAt',
  'prerequisiteModuleId',
  'body',
  'videoUrl',
  'estimatedMinutes',
  'instructions',
  'dueAt',
  'submissionKind',
];
/** Updates whose changed fields are listed. */
const UPDATES: readonly ModuleHistoryEntry['action'][] = ['updated', 'lesson_updated', 'assignment_updated'];

/** The edit history of a module, newest first: what happened, who did it, when, which fields changed. */
@Component({
  selector: 'ec-history-list',
  imports: [EcDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './history-list.html',
  styleUrl: './history-list.css',
})
export class HistoryList {
  private readonly i18n = inject(I18nService);
  readonly entries = input.required<readonly ModuleHistoryEntry[]>();

  protected actionKey(entry: ModuleHistoryEntry): TranslationKey {
    return `curriculum.history.action.${entry.action}`;
  }

  protected fields(entry: ModuleHistoryEntry): string {
    if (!UPDATES.includes(entry.action)) return '';
    return Object.keys(entry.changes)
      .map((name) => (FIELD_NAMES.includes(name as FieldName) ? this.i18n.t(`curriculum.history.field.${name as FieldName}`) : name))
      .join(', ');
  }
}
