import * as z from 'zod';
import { boundedText, IdSchema, InstantSchema, tooLong } from '../common';
import { msg } from '../i18n';

/*
 * Live seminars (issue 9): scheduling. A live session belongs to a program, optionally to one of its
 * modules, and has trainers. States: scheduled → live (a moderator starts it) → ended (a moderator
 * ends it, or it ends itself after its duration plus LIVE_AUTO_END_GRACE_MINUTES). Participants may
 * join from LIVE_JOIN_EARLY_MINUTES before the start until the end.
 */

export const LIVE_SESSION_LIMITS = {
  title: { max: 200 },
  description: { max: 2000 },
  durationMinutes: { min: 15, max: 480 },
  trainers: { maxItems: 10 },
} as const;

/** Participants may enter the room this long before the start (the join button is enabled from then). */
export const LIVE_JOIN_EARLY_MINUTES = 15;

export const LiveSessionStatusSchema = z.enum(['scheduled', 'live', 'ended']);
export type LiveSessionStatus = z.infer<typeof LiveSessionStatusSchema>;

const TitleSchema = z
  .string(msg('Bitte einen Titel angeben', 'Please enter a title'))
  .trim()
  .min(1, msg('Bitte einen Titel angeben', 'Please enter a title'))
  .max(LIVE_SESSION_LIMITS.title.max, tooLong(LIVE_SESSION_LIMITS.title.max, { de: 'Der Titel', en: 'The title' }));

const DurationSchema = z
  .number(msg('Bitte eine Dauer in Minuten angeben', 'Please enter a duration in minutes'))
  .int(msg('Bitte die Dauer in ganzen Minuten angeben', 'Please enter the duration in whole minutes'))
  .min(
    LIVE_SESSION_LIMITS.durationMinutes.min,
    msg(
      `Ein Live-Seminar dauert mindestens ${LIVE_SESSION_LIMITS.durationMinutes.min} Minuten`,
      `A live session lasts at least ${LIVE_SESSION_LIMITS.durationMinutes.min} minutes`,
    ),
  )
  .max(
    LIVE_SESSION_LIMITS.durationMinutes.max,
    msg(
      `Ein Live-Seminar dauert höchstens ${LIVE_SESSION_LIMITS.durationMinutes.max} Minuten`,
      `A live session lasts at most ${LIVE_SESSION_LIMITS.durationMinutes.max} minutes`,
    ),
  );

const LiveSessionFieldsSchema = z.object({
  title: TitleSchema,
  description: boundedText(LIVE_SESSION_LIMITS.description.max, { de: 'Die Beschreibung', en: 'The description' }).optional(),
  startsAt: InstantSchema,
  durationMinutes: DurationSchema,
  /** A module of the same program (its materials are the slides to choose from). */
  moduleId: IdSchema.nullable().optional(),
  /** Trainers of the session (program members holding the trainer or coordinator role); default: the creator when she is one. */
  trainerIds: z
    .array(IdSchema)
    .max(
      LIVE_SESSION_LIMITS.trainers.maxItems,
      msg(`Höchstens ${LIVE_SESSION_LIMITS.trainers.maxItems} Trainer*innen`, `At most ${LIVE_SESSION_LIMITS.trainers.maxItems} trainers`),
    )
    .optional(),
});

/** `POST /api/programs/:programId/live-sessions` (trainer, coordinator) → 201 the session. */
export const CreateLiveSessionRequestSchema = LiveSessionFieldsSchema;
export type CreateLiveSessionRequest = z.infer<typeof CreateLiveSessionRequestSchema>;

/** `PATCH /api/live-sessions/:sessionId` (moderators; only while scheduled): any of the fields. */
export const UpdateLiveSessionRequestSchema = LiveSessionFieldsSchema.partial();
export type UpdateLiveSessionRequest = z.infer<typeof UpdateLiveSessionRequestSchema>;

export const LivePersonSchema = z.object({ userId: z.string(), displayName: z.string() });
export type LivePerson = z.infer<typeof LivePersonSchema>;

/** A live session as every member of its program sees it. */
export const LiveSessionSchema = z.object({
  id: z.string(),
  programId: z.string(),
  title: z.string(),
  description: z.string(),
  startsAt: z.string(),
  durationMinutes: z.number().int(),
  /** startsAt + durationMinutes. */
  endsAt: z.string(),
  /** From when participants may join (startsAt − 15 minutes). */
  joinableFrom: z.string(),
  moduleId: z.string().nullable(),
  moduleTitle: z.string().nullable(),
  trainers: z.array(LivePersonSchema),
  status: LiveSessionStatusSchema,
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  /** Whether the caller moderates it (program coordinator or trainer, or admin): start, end, polls, slides, moderation. */
  canModerate: z.boolean(),
  createdAt: z.string(),
});
export type LiveSession = z.infer<typeof LiveSessionSchema>;

/**
 * `GET /api/programs/:programId/live-sessions` (members) → `{items, total}` ordered by start;
 * `?from=&to=` (instants) limit to sessions overlapping that window (the calendar's month).
 */
export const LiveSessionListQuerySchema = z.object({
  from: InstantSchema.optional(),
  to: InstantSchema.optional(),
});
export type LiveSessionListQuery = z.infer<typeof LiveSessionListQuerySchema>;

/*
 * Other routes of scheduling:
 *   GET    /api/live-sessions/:sessionId          (members)   → LiveSession
 *   DELETE /api/live-sessions/:sessionId          (moderators; scheduled only) → 204
 *   POST   /api/live-sessions/:sessionId/start    (moderators) → LiveSession (status live)
 *   POST   /api/live-sessions/:sessionId/end      (moderators) → LiveSession (status ended)
 *   GET    /api/live-sessions/:sessionId/ics      (members)   → text/calendar, one VEVENT
 */

/**
 * `GET /api/me/calendar-feed` → whether she has a private feed (`createdAt`; null: none yet); `POST` makes a new one
 * (the old stops working); `DELETE` revokes. Only the token's hash is stored, so `url` is filled only in `POST`'s
 * answer (shown once); `GET` answers `url: null` also while a feed exists.
 */
export const CalendarFeedSchema = z.object({
  url: z.string().nullable(),
  createdAt: z.string().nullable(),
});
export type CalendarFeed = z.infer<typeof CalendarFeedSchema>;
