import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Meeting } from '@ecampus/shared/contracts';
import { EcDatePipe } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { MEETING_FORMAT_KEYS } from '../labels';

/** One point of the timeline (the data-access store's TandemTimelineEntry fits this shape). */
export interface TimelineItem {
  kind: 'started' | 'meeting' | 'ended';
  date: string;
  meeting?: Meeting;
  reason?: string | null;
}

/** A simple vertical timeline: tandem formed, each meeting, tandem ended. Oldest first. */
@Component({
  selector: 'ec-tandem-timeline',
  imports: [TranslatePipe, EcDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol data-testid="tandem-timeline">
      @for (item of items(); track $index) {
        <li [class]="item.kind">
          <span class="date">{{ item.date | ecDate: 'short' }}</span>
          <span class="what">
            @switch (item.kind) {
              @case ('started') {
                {{ 'programs.tandem.started' | t }}
              }
              @case ('ended') {
                @if (item.reason) {
                  {{ 'programs.tandem.endedWithReason' | t: { reason: item.reason } }}
                } @else {
                  {{ 'programs.tandem.ended' | t }}
                }
              }
              @default {
                @if (item.meeting; as meeting) {
                  {{ formatKeys[meeting.format] | t }} ·
                  {{ 'programs.tandem.minutes' | t: { minutes: meeting.durationMinutes } }}
                }
              }
            }
          </span>
        </li>
      }
    </ol>
  `,
  styles: `
    ol {
      list-style: none;
      margin: 0;
      padding: 0 0 0 1rem;
      border-left: 2px solid var(--mat-sys-primary, #6750a4);
    }
    li {
      position: relative;
      padding: 0 0 0.75rem 0.75rem;
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75rem;
    }
    li::before {
      content: '';
      position: absolute;
      left: -1.4rem;
      top: 0.35rem;
      width: 0.75rem;
      height: 0.75rem;
      border-radius: 50%;
      background: var(--mat-sys-primary, #6750a4);
    }
    li.started::before,
    li.ended::before {
      background: var(--mat-sys-tertiary, #7d5260);
    }
    .date {
      font-variant-numeric: tabular-nums;
      min-width: 6rem;
    }
  `,
})
export class TandemTimeline {
  readonly items = input.required<readonly TimelineItem[]>();
  protected readonly formatKeys = MEETING_FORMAT_KEYS;
}
