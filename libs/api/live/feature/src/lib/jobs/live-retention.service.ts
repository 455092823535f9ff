import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { LiveJobsRepository, type RetentionCounts } from './live-jobs.repository';

const DAY_MS = 24 * 60 * 60_000;

export interface RetentionRun extends RetentionCounts {
  chatBefore: string;
  attendanceBefore: string;
}

/**
 * Retention of the room's records (issue 9): chat, questions and polls of sessions that ended more
 * than LIVE_CHAT_RETENTION_DAYS ago, attendance after LIVE_ATTENDANCE_RETENTION_DAYS (kept longer:
 * certificates read it). The sessions themselves stay.
 */
@Injectable()
export class LiveRetentionService {
  private readonly logger = new Logger(LiveRetentionService.name);

  constructor(
    @Inject(LiveJobsRepository) private readonly queries: Pick<LiveJobsRepository, 'purge'>,
    @InjectConfig() private readonly config: Pick<AppConfig, 'LIVE_CHAT_RETENTION_DAYS' | 'LIVE_ATTENDANCE_RETENTION_DAYS'>,
  ) {}

  async purge(now: Date): Promise<RetentionRun> {
    const chatBefore = new Date(now.getTime() - this.config.LIVE_CHAT_RETENTION_DAYS * DAY_MS);
    const attendanceBefore = new Date(now.getTime() - this.config.LIVE_ATTENDANCE_RETENTION_DAYS * DAY_MS);
    const counts = await this.queries.purge(chatBefore, attendanceBefore);
    const total = counts.chatMessages + counts.questions + counts.polls + counts.attendance;
    if (total > 0)
      this.logger.log(
        `Aufbewahrung: ${counts.chatMessages} Chatnachrichten, ${counts.questions} Fragen, ${counts.polls} Umfragen, ${counts.attendance} Anwesenheiten gelöscht`,
      );
    return { ...counts, chatBefore: chatBefore.toISOString(), attendanceBefore: attendanceBefore.toISOString() };
  }
}
