import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { MailOutboxService } from '@ecampus/api/platform/mail';
import { renderReminderMail } from './live-reminder-mail';
import { LiveJobsRepository, type ReminderRecipientRow, type ReminderSessionRow } from './live-jobs.repository';

export type ReminderKind = 'day' | 'soon';

/** What one reminder run did. */
export type ReminderOutcome =
  | { sent: number }
  /** Nothing to send: the session is gone, moved, no longer scheduled, already begun, or the reminder went out before. */
  | { skipped: 'gone' | 'moved' | 'not-scheduled' | 'started' | 'archived' | 'already-sent' };

export type ReminderQueries = Pick<LiveJobsRepository, 'reminderSession' | 'recipients' | 'claimReminder' | 'transaction'>;
export type ReminderOutbox = Pick<MailOutboxService, 'enqueue'>;
export type ReminderConfig = Pick<AppConfig, 'PUBLIC_URL' | 'LIVE_TIMEZONE'>;

/** The session's page in the web app (the program's Live tab: `programme/:programId/live/:sessionId`). */
export const liveSessionLink = (publicUrl: string, programId: string, sessionId: string) =>
  new URL(`/programme/${programId}/live/${sessionId}`, publicUrl).toString();

/**
 * Reminder mails of a session (worker): one per recipient (the program's mentors and mentees and
 * the session's trainers) into the mail outbox. Only for the start the job was planned for, while
 * the session is scheduled and has not begun; once per session, kind and start: the claim row and
 * the mails are one transaction, so a retry sends nothing twice.
 */
@Injectable()
export class LiveRemindersService {
  private readonly logger = new Logger(LiveRemindersService.name);

  constructor(
    @Inject(LiveJobsRepository) private readonly queries: ReminderQueries,
    @Inject(MailOutboxService) private readonly outbox: ReminderOutbox,
    @InjectConfig() private readonly config: ReminderConfig,
  ) {}

  async send(job: { sessionId: string; kind: ReminderKind; startsAt: number }, now: Date): Promise<ReminderOutcome> {
    const session = await this.queries.reminderSession(job.sessionId);
    const stale = staleness(session, job.startsAt, now);
    if (stale || !session) return { skipped: stale ?? 'gone' };
    const recipients = await this.queries.recipients(session.id, session.programId);
    const claimed = await this.queries.transaction(async (manager) => {
      if (!(await this.queries.claimReminder(manager, session.id, job.kind, session.startsAt, recipients.length))) return false;
      for (const to of recipients)
        await this.outbox.enqueue({ ...this.render(session, job.kind, to), kind: 'live_session_reminder' }, manager);
      return true;
    });
    if (!claimed) return { skipped: 'already-sent' };
    this.logger.log(`Erinnerung (${job.kind}) an ${recipients.length} Personen für Live-Seminar ${session.id}`);
    return { sent: recipients.length };
  }

  private render(session: ReminderSessionRow, kind: ReminderKind, to: ReminderRecipientRow) {
    return renderReminderMail({
      to: to.email,
      displayName: to.displayName,
      kind,
      sessionTitle: session.title,
      programTitle: session.programTitle,
      moduleTitle: session.moduleTitle,
      startsAt: session.startsAt,
      durationMinutes: session.durationMinutes,
      link: liveSessionLink(this.config.PUBLIC_URL, session.programId, session.id),
      timeZone: this.config.LIVE_TIMEZONE,
    });
  }
}

/** Why a reminder planned for `plannedStart` must not go out now (null: it must). */
export function staleness(
  session: Pick<ReminderSessionRow, 'status' | 'startsAt' | 'programArchived'> | null,
  plannedStart: number,
  now: Date,
): Exclude<ReminderOutcome, { sent: number }>['skipped'] | null {
  if (!session) return 'gone';
  if (session.status !== 'scheduled') return 'not-scheduled';
  if (session.startsAt.getTime() !== plannedStart) return 'moved';
  if (session.startsAt.getTime() <= now.getTime()) return 'started';
  if (session.programArchived) return 'archived';
  return null;
}
