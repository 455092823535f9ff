import { Injectable } from '@nestjs/common';
import type { Job, JobHandler } from '@ecampus/api/platform/queue';
import { LiveRemindersService, type ReminderKind, type ReminderOutcome } from './live-reminders.service';

export interface LiveSessionReminderJobData {
  sessionId: string;
  /** `day`: 24 hours before the start; `soon`: 15 minutes before. */
  kind: ReminderKind;
  /** The start (epoch ms) this reminder was planned for: a moved session makes it stale (no mail). */
  startsAt: number;
}

/** Reminder mails of one session (delayed job); delegates to LiveRemindersService (idempotent). */
@Injectable()
export class LiveSessionReminderJob implements JobHandler<LiveSessionReminderJobData> {
  constructor(private readonly reminders: LiveRemindersService) {}

  handle(data: LiveSessionReminderJobData, _job?: Job<LiveSessionReminderJobData>, now = new Date()): Promise<ReminderOutcome> {
    return this.reminders.send(data, now);
  }
}
