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
  templateUrl: './tandem-timeline.html',
  styleUrl: './tandem-timeline.css',
})
export class TandemTimeline {
  readonly items = input.required<readonly TimelineItem[]>();
  protected readonly formatKeys = MEETING_FORMAT_KEYS;
}
