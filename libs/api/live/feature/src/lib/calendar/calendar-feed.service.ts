import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import type { Caller } from '@ecampus/api/programs/access';
import { ErrorCode, t, type CalendarFeed } from '@ecampus/shared/contracts';
import { LiveClock } from '../session/live-clock';
import { LiveSessionAccess } from '../session/live-session-access';
import { endsAt, type LiveSessionView } from '../session/live-session.rules';
import { CalendarFeedRepository } from './calendar-feed.repository';
import { icsCalendar, icsFileName, type IcsEvent } from './ics';

/** Ended sessions stay in the feed this long (a calendar keeps showing what happened last month). */
export const FEED_ENDED_DAYS = 30;
/** `<43 base64url characters>.ics`: 32 random bytes. */
const FEED_FILE = /^([A-Za-z0-9_-]{43})\.ics$/;

export const feedNotFound = () =>
  new NotFoundException({
    code: ErrorCode.NotFound,
    message: t(
      'Diesen Kalender gibt es nicht (mehr). Bitte kopieren Sie die aktuelle Adresse aus Ihrem Konto bei eCampus.',
      'This calendar does not exist (any more). Please copy the current address from your eCampus account.',
    ),
  });

export type FeedQueries = Pick<CalendarFeedRepository, 'find' | 'replace' | 'remove' | 'ownerOf' | 'feedSessions' | 'programTitle'>;
export type FeedConfig = Pick<AppConfig, 'PUBLIC_URL'>;

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

export interface IcsFile {
  fileName: string;
  content: string;
}

/**
 * Calendars of live sessions: the `.ics` of one session (members) and the private feed per person
 * (a revocable token in the URL, for calendar apps that subscribe without logging in). Only the
 * token's SHA-256 is kept, so its address is shown once, when it is made (`GET` tells whether
 * one exists and since when; `POST` makes a new one, which ends the old one).
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    @Inject(CalendarFeedRepository) private readonly feeds: FeedQueries,
    @Inject(LiveSessionAccess) private readonly access: Pick<LiveSessionAccess, 'toSession'>,
    @Inject(LiveClock) private readonly clock: Pick<LiveClock, 'now'>,
    @InjectConfig() private readonly config: FeedConfig,
  ) {}

  async sessionIcs(caller: Caller, sessionId: string): Promise<IcsFile> {
    const { session } = await this.access.toSession(caller, sessionId);
    const programTitle = await this.feeds.programTitle(session.programId);
    return {
      fileName: icsFileName(session.title),
      content: icsCalendar([this.event(session, programTitle)], { now: this.clock.now() }),
    };
  }

  async get(caller: Caller): Promise<CalendarFeed> {
    const feed = await this.feeds.find(caller.id);
    return { url: null, createdAt: feed?.createdAt.toISOString() ?? null };
  }

  /** A new feed address; the old one stops working. */
  async renew(caller: Caller): Promise<CalendarFeed & { url: string; createdAt: string }> {
    const token = randomBytes(32).toString('base64url');
    const at = this.clock.now();
    await this.feeds.replace(caller.id, sha256(token), at);
    return { url: new URL(`/api/calendar-feeds/${token}.ics`, this.config.PUBLIC_URL).toString(), createdAt: at.toISOString() };
  }

  async revoke(caller: Caller): Promise<void> {
    await this.feeds.remove(caller.id);
  }

  /** The feed behind `<token>.ics` (no login: the token is the key); 404 for anything unknown or revoked. */
  async feed(file: string): Promise<string> {
    const token = FEED_FILE.exec(file)?.[1];
    if (!token) throw feedNotFound();
    const userId = await this.feeds.ownerOf(sha256(token));
    if (!userId) throw feedNotFound();
    const now = this.clock.now();
    const sessions = await this.feeds.feedSessions(userId, new Date(now.getTime() - FEED_ENDED_DAYS * 24 * 60 * 60_000));
    return icsCalendar(
      sessions.map((s) => this.event(s, s.programTitle)),
      { now, name: 'eCampus' },
    );
  }

  private event(s: LiveSessionView, programTitle: string): IcsEvent {
    const link = new URL(`/programme/${s.programId}/live/${s.id}`, this.config.PUBLIC_URL).toString();
    const trainers = s.trainers.map((p) => p.displayName).join(', ');
    const description = [
      s.description,
      `Programm: ${programTitle}`,
      ...(s.moduleTitle ? [`Modul: ${s.moduleTitle}`] : []),
      ...(trainers ? [`Leitung: ${trainers}`] : []),
      `Zum Live-Seminar: ${link}`,
    ]
      .filter(Boolean)
      .join('\n');
    return {
      uid: `${s.id}@ecampus`,
      start: s.startsAt,
      end: endsAt(s),
      summary: s.title,
      description,
      url: link,
    };
  }
}
