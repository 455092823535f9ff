import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Meeting } from '@ecampus/shared/contracts';
import { EcDatePipe } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { MEETING_FORMAT_KEYS } from '../labels';

/** The tandem's meeting log, newest first (the order the caller passes). */
@Component({
  selector: 'ec-meeting-list',
  imports: [TranslatePipe, EcDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul data-testid="meeting-list">
      @for (meeting of meetings(); track meeting.id) {
        <li data-testid="meeting-item">
          <div class="head">
            <strong>{{ meeting.date | ecDate }}</strong>
            <span class="format">{{ formatKeys[meeting.format] | t }}</span>
            <span>{{ 'programs.tandem.minutes' | t: { minutes: meeting.durationMinutes } }}</span>
          </div>
          @if (meeting.notes) {
            <p class="notes">{{ meeting.notes }}</p>
          }
          <p class="by">{{ 'programs.tandem.loggedBy' | t: { name: meeting.createdBy.displayName } }}</p>
        </li>
      }
    </ul>
  `,
  styles: `
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      padding: 0.75rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant, #ddd);
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
    }
    .format {
      padding: 0 0.5rem;
      border-radius: 4px;
      background: var(--mat-sys-secondary-container, #e8def8);
    }
    .notes {
      margin: 0.25rem 0;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .by {
      margin: 0;
      font-size: 0.8125rem;
      color: var(--mat-sys-on-surface-variant, #555);
    }
  `,
})
export class MeetingList {
  readonly meetings = input.required<readonly Meeting[]>();
  protected readonly formatKeys = MEETING_FORMAT_KEYS;
}
