import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { MailOutboxService } from '@ecampus/api/platform/mail';
import { renderReviewDigestMail } from './review-digest-mail';
import { ReviewDigestRepository, type DigestRecipientRow, type WaitingSubmissionRow } from './review-digest.repository';

export type DigestQueries = Pick<ReviewDigestRepository, 'waitingSubmissions' | 'recipients' | 'claimDay' | 'transaction'>;
export type DigestOutbox = Pick<MailOutboxService, 'enqueue'>;
export type DigestConfig = Pick<AppConfig, 'PUBLIC_URL' | 'REVIEW_DIGEST_TIMEZONE'>;

const DAY_MS = 24 * 60 * 60 * 1000;

/** `YYYY-MM-DD` of `at` in `timeZone`. */
export function dayIn(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

function byKey<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** What one run did. */
export interface DigestRun {
  day: string;
  /** Programs whose digest this run sent (claimed). */
  programs: number;
  /** Programs skipped because an earlier run already sent that day's digest. */
  alreadySent: number;
  mails: number;
}

/**
 * The daily digest of hand-ins waiting for review (issue 8, item 7), worker side: the trainers and
 * coordinators of each program get one mail listing the submissions that arrived in the 24 hours
 * before the run and are still `submitted` — only when there are some, and without the hand-ins of
 * their own tandem (nobody reviews her own). Once per program and day: the day's `review_digest`
 * row and the mails go into the outbox in one transaction, so a retried job sends nothing twice.
 */
@Injectable()
export class ReviewDigestService {
  private readonly logger = new Logger(ReviewDigestService.name);

  constructor(
    @Inject(ReviewDigestRepository) private readonly digests: DigestQueries,
    @Inject(MailOutboxService) private readonly outbox: DigestOutbox,
    @InjectConfig() private readonly config: DigestConfig,
  ) {}

  /** The digests of the 24 hours up to `until` (a scheduled run: its scheduled time, so a retry sees the same window). */
  async sendDigests(until: Date): Promise<DigestRun> {
    const day = dayIn(until, this.config.REVIEW_DIGEST_TIMEZONE);
    const run: DigestRun = { day, programs: 0, alreadySent: 0, mails: 0 };
    const waiting = byKey(await this.digests.waitingSubmissions(new Date(until.getTime() - DAY_MS), until), (s) => s.programId);
    if (waiting.size === 0) return run;
    const recipients = byKey(await this.digests.recipients([...waiting.keys()]), (r) => r.programId);

    for (const [programId, items] of waiting) {
      const letters = (recipients.get(programId) ?? [])
        .map((to) => ({ to, items: items.filter((s) => s.mentorId !== to.userId && s.menteeId !== to.userId) }))
        .filter((letter) => letter.items.length > 0);
      const claimed = await this.digests.transaction(async (manager) => {
        if (!(await this.digests.claimDay(manager, programId, day, items.length, letters.length))) return false;
        for (const letter of letters) {
          await this.outbox.enqueue({ ...this.render(programId, letter.to, letter.items), kind: 'review_digest' }, manager);
        }
        return true;
      });
      if (claimed) {
        run.programs += 1;
        run.mails += letters.length;
      } else {
        run.alreadySent += 1;
      }
    }
    this.logger.log(
      `Übersicht der wartenden Abgaben ${day}: ${run.mails} Mails für ${run.programs} Programme` +
        (run.alreadySent ? ` (${run.alreadySent} schon versandt)` : ''),
    );
    return run;
  }

  private render(programId: string, to: DigestRecipientRow, items: WaitingSubmissionRow[]) {
    return renderReviewDigestMail({
      to: to.email,
      displayName: to.displayName,
      programTitle: items[0].programTitle,
      // The program's review queue in the web app (its "Prüfen" tab: everything waiting, oldest first).
      link: new URL(`/programme/${programId}/pruefen`, this.config.PUBLIC_URL).toString(),
      items,
      timeZone: this.config.REVIEW_DIGEST_TIMEZONE,
    });
  }
}
