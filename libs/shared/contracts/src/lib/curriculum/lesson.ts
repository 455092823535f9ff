import * as z from 'zod';
import { boundedText, tooLong } from '../common';
import { msg } from '../i18n';

/*
 * Lessons of a module: ordered, a Markdown body the API renders to sanitised HTML, an optional
 * video (embedded only from an allow-list of hosts, otherwise a plain link), estimated minutes.
 * Participants mark lessons complete.
 */

/** Limits of lesson fields; the schemas check them, client validators use them. */
export const LESSON_LIMITS = {
  title: { max: 200 },
  body: { max: 50000 },
  videoUrl: { max: 2000 },
  estimatedMinutes: { min: 1, max: 600 },
} as const;

const TitleSchema = z
  .string(msg('Bitte einen Titel angeben', 'Please enter a title'))
  .trim()
  .min(1, msg('Bitte einen Titel angeben', 'Please enter a title'))
  .max(LESSON_LIMITS.title.max, tooLong(LESSON_LIMITS.title.max, { de: 'Der Titel', en: 'The title' }));

/** An http(s) address; anything else (javascript:, data:, relative) is refused. */
export const WebUrlSchema = z
  .string(msg('Bitte eine Adresse angeben', 'Please enter an address'))
  .trim()
  .max(LESSON_LIMITS.videoUrl.max, tooLong(LESSON_LIMITS.videoUrl.max, { de: 'Die Adresse', en: 'The address' }))
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.length > 0;
    } catch {
      return false;
    }
  }, msg('Bitte eine Adresse mit https:// angeben', 'Please enter an address starting with https://'));

const LessonFieldsSchema = z.object({
  title: TitleSchema,
  /** Markdown. */
  body: boundedText(LESSON_LIMITS.body.max, { de: 'Der Text', en: 'The text' }),
  videoUrl: z.union([WebUrlSchema, z.literal('')]).nullable().optional(),
  estimatedMinutes: z
    .number(msg('Bitte eine Zahl von Minuten angeben', 'Please enter a number of minutes'))
    .int(msg('Bitte ganze Minuten angeben', 'Please enter whole minutes'))
    .min(LESSON_LIMITS.estimatedMinutes.min, msg('Mindestens 1 Minute', 'At least 1 minute'))
    .max(LESSON_LIMITS.estimatedMinutes.max, msg('Höchstens 600 Minuten', 'At most 600 minutes'))
    .nullable()
    .optional(),
});

/** `POST /api/modules/:moduleId/lessons` → 201 the lesson, at the end of the module. */
export const CreateLessonRequestSchema = LessonFieldsSchema;
export type CreateLessonRequest = z.infer<typeof CreateLessonRequestSchema>;

/** `PATCH /api/lessons/:lessonId`: any of the fields. */
export const UpdateLessonRequestSchema = LessonFieldsSchema.partial();
export type UpdateLessonRequest = z.infer<typeof UpdateLessonRequestSchema>;

/** `PUT /api/modules/:moduleId/lessons/order`: every lesson of the module, each once, in the new order. */
export const LessonOrderRequestSchema = z.object({
  lessonIds: z.array(z.string(), msg('Bitte die Lektionen als Liste angeben', 'Please give the lessons as a list')).max(500),
});
export type LessonOrderRequest = z.infer<typeof LessonOrderRequestSchema>;

/** `POST /api/programs/:programId/lesson-preview` (trainers, coordinators): Markdown → the HTML a lesson would show. */
export const LessonPreviewRequestSchema = z.object({
  body: boundedText(LESSON_LIMITS.body.max, { de: 'Der Text', en: 'The text' }),
});
export type LessonPreviewRequest = z.infer<typeof LessonPreviewRequestSchema>;
export const LessonPreviewSchema = z.object({ html: z.string() });
export type LessonPreview = z.infer<typeof LessonPreviewSchema>;

/** A video: embedded from an allowed host (the player address to put in an iframe), else a plain link. */
export const LessonVideoSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('embed'), url: z.string(), embedUrl: z.string(), provider: z.string() }),
  z.object({ kind: z.literal('link'), url: z.string() }),
]);
export type LessonVideo = z.infer<typeof LessonVideoSchema>;

/** A lesson in its module's list (no body). */
export const LessonSummarySchema = z.object({
  id: z.string(),
  moduleId: z.string(),
  title: z.string(),
  /** 1-based place in the module. */
  position: z.number().int(),
  estimatedMinutes: z.number().int().nullable(),
  /** The caller completed it (participants; false for staff). */
  completed: z.boolean(),
});
export type LessonSummary = z.infer<typeof LessonSummarySchema>;

/** `GET /api/lessons/:lessonId`, and the answer of create and update. */
export const LessonSchema = LessonSummarySchema.extend({
  programId: z.string(),
  moduleTitle: z.string(),
  /** The Markdown as written: only for those who may edit (empty string for participants). */
  body: z.string(),
  /** The body rendered and sanitised by the API: safe to insert as HTML. */
  html: z.string(),
  videoUrl: z.string().nullable(),
  video: LessonVideoSchema.nullable(),
  /** Neighbours in the module, for "Weiter" / "Zurück". */
  previousLessonId: z.string().nullable(),
  nextLessonId: z.string().nullable(),
  completedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type Lesson = z.infer<typeof LessonSchema>;
