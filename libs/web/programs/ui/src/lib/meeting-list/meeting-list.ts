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
  templateUrl: './meeting-list.html',
  styleUrl: './meeting-list.css',
})
export class MeetingList {
  readonly meetings = input.required<readonly Meeting[]>();
  protected readonly formatKeys = MEETING_FORMAT_KEYS;
}
