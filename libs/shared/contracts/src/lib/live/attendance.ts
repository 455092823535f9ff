import * as z from 'zod';
import { msg } from '../i18n';

/*
 * Attendance of live sessions (issue 9). Every socket's stay in a room is an interval in PostgreSQL;
 * a person's intervals are merged (overlaps, and gaps up to LIVE_ATTENDANCE_GRACE_SECONDS: closed
 * tabs, network loss, reconnects) and counted while the session was live.
 */

/** Gaps up to this long between two stays of one person count as present (a reconnect, a reload). */
export const LIVE_ATTENDANCE_GRACE_SECONDS = 120;

/** `GET /api/live-sessions/:sessionId/attendance` (trainer, coordinator) → an array of these; `?format=csv` the same as CSV. */
export const AttendanceEntrySchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  /** Her program role(s) as shown in the room ("mentee", "trainer" …), the first one. */
  role: z.string().nullable(),
  minutesPresent: z.number().int(),
  firstJoinedAt: z.string(),
  /** Null while she is in the room. */
  lastLeftAt: z.string().nullable(),
});
export type AttendanceEntry = z.infer<typeof AttendanceEntrySchema>;

/**
 * `GET /api/programs/:programId/attendance-summary` (trainer, coordinator: everyone; participants: themselves)
 * — per person, what the certificate criteria read: of the program's ended sessions, how many she
 * attended (minutes present ≥ `ratio` of the session's length, `?ratio=` 0–1, default 0.5).
 */
export const AttendanceSummaryEntrySchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  sessionsHeld: z.number().int(),
  sessionsAttended: z.number().int(),
  minutesPresent: z.number().int(),
  /** sessionsAttended / sessionsHeld (0 when none were held). */
  share: z.number(),
});
export type AttendanceSummaryEntry = z.infer<typeof AttendanceSummaryEntrySchema>;
export const AttendanceSummarySchema = z.object({
  ratio: z.number(),
  sessions: z.array(z.object({ id: z.string(), title: z.string(), startsAt: z.string(), minutesHeld: z.number().int() })),
  people: z.array(AttendanceSummaryEntrySchema),
});
export type AttendanceSummary = z.infer<typeof AttendanceSummarySchema>;

/** `GET /api/live-sessions/:sessionId/attendance?format=` (default json). */
export const AttendanceQuerySchema = z.object({
  format: z.enum(['json', 'csv'], msg('Format json oder csv', 'Format json or csv')).optional(),
});
export type AttendanceQuery = z.infer<typeof AttendanceQuerySchema>;

const RATIO_MESSAGE = msg('Anteil als Zahl zwischen 0 und 1, z. B. 0.5', 'Ratio as a number between 0 and 1, e.g. 0.5');

/**
 * `GET /api/programs/:programId/attendance-summary?ratio=` (0–1, default 0.5). A decimal number
 * only: an empty `?ratio=` is refused rather than read as 0.
 */
export const AttendanceSummaryQuerySchema = z.object({
  ratio: z
    .string(RATIO_MESSAGE)
    .regex(/^(\d+(\.\d+)?|\.\d+)$/, RATIO_MESSAGE)
    .transform(Number)
    .pipe(z.number().min(0, RATIO_MESSAGE).max(1, RATIO_MESSAGE))
    .default(0.5),
});
export type AttendanceSummaryQuery = z.infer<typeof AttendanceSummaryQuerySchema>;
