import * as z from 'zod';
import { boundedText, IdSchema, InstantSchema, ListSchema, tooLong } from '../common';
import { msg } from '../i18n';
import { AssignmentSummarySchema } from './assignment';
import { LessonSummarySchema } from './lesson';
import { MaterialSchema } from './material';

/*
 * Seminar modules of a program (API.md "Curriculum", issue 8). Drafts are invisible to
 * participants (404); trainers and coordinators edit, and every edit is kept in the module's
 * history. Order is the program's sequence; release date and prerequisite lock a published module
 * for participants until both are met.
 */

export const ModuleStatusSchema = z.enum(
  ['draft', 'published'],
  msg('Bitte einen gültigen Status wählen (draft oder published)', 'Please choose a valid status (draft or published)'),
);
export type ModuleStatus = z.infer<typeof ModuleStatusSchema>;

/** Limits of module fields; the schemas check them, client validators use them. */
export const MODULE_LIMITS = {
  title: { max: 200 },
  summary: { max: 2000 },
  learningGoals: { maxItems: 20, max: 300 },
} as const;

const TitleSchema = z
  .string(msg('Bitte einen Titel angeben', 'Please enter a title'))
  .trim()
  .min(1, msg('Bitte einen Titel angeben', 'Please enter a title'))
  .max(MODULE_LIMITS.title.max, tooLong(MODULE_LIMITS.title.max, { de: 'Der Titel', en: 'The title' }));

const ModuleFieldsSchema = z.object({
  title: TitleSchema,
  summary: boundedText(MODULE_LIMITS.summary.max, { de: 'Die Zusammenfassung', en: 'The summary' }).optional(),
  learningGoals: z
    .array(
      boundedText(MODULE_LIMITS.learningGoals.max, { de: 'Ein Lernziel', en: 'A learning goal' }).min(
        1,
        msg('Ein Lernziel darf nicht leer sein', 'A learning goal cannot be empty'),
      ),
      msg('Bitte die Lernziele als Liste angeben', 'Please give the learning goals as a list'),
    )
    .max(
      MODULE_LIMITS.learningGoals.maxItems,
      msg(`Höchstens ${MODULE_LIMITS.learningGoals.maxItems} Lernziele`, `At most ${MODULE_LIMITS.learningGoals.maxItems} learning goals`),
    )
    .optional(),
  /** Participants see the module's content from this instant on (null: at once when published). */
  releaseAt: InstantSchema.nullable().optional(),
  /** A module of the same program that participants must complete first (null: none). */
  prerequisiteModuleId: IdSchema.nullable().optional(),
});

/** `POST /api/programs/:programId/modules` → 201 a draft at the end of the program's order. */
export const CreateModuleRequestSchema = ModuleFieldsSchema;
export type CreateModuleRequest = z.infer<typeof CreateModuleRequestSchema>;

/** `PATCH /api/modules/:moduleId`: any of the fields. */
export const UpdateModuleRequestSchema = ModuleFieldsSchema.partial();
export type UpdateModuleRequest = z.infer<typeof UpdateModuleRequestSchema>;

/** `PUT /api/programs/:programId/modules/order`: every module of the program, each once, in the new order. */
export const ModuleOrderRequestSchema = z.object({
  moduleIds: z.array(IdSchema, msg('Bitte die Module als Liste angeben', 'Please give the modules as a list')).max(500),
});
export type ModuleOrderRequest = z.infer<typeof ModuleOrderRequestSchema>;

/** `POST /api/modules/:moduleId/copy`: a draft copy with its lessons at the end of another (or the same) program. */
export const CopyModuleRequestSchema = z.object({ programId: IdSchema });
export type CopyModuleRequest = z.infer<typeof CopyModuleRequestSchema>;

/** Why a published module is not open to a participant yet. */
export const ModuleLockSchema = z.object({
  /** The release instant while it is ahead, else null. */
  releaseAt: z.string().nullable(),
  /** The prerequisite while the caller has not completed it, else null. */
  prerequisite: z.object({ id: z.string(), title: z.string() }).nullable(),
});
export type ModuleLock = z.infer<typeof ModuleLockSchema>;

/** The caller's own progress in a module (participants; zeros for staff). */
export const ModuleProgressSchema = z.object({
  lessonsCompleted: z.number().int(),
  lessonCount: z.number().int(),
  /** Of the module's assignments, those approved for the caller's tandem. */
  assignmentsApproved: z.number().int(),
  assignmentCount: z.number().int(),
  /** All lessons completed and, if the module has assignments, all of them approved for the caller's tandem. */
  completed: z.boolean(),
});
export type ModuleProgress = z.infer<typeof ModuleProgressSchema>;

/** An item of `GET /api/programs/:programId/modules` (list shape); participants get published ones only. */
export const ModuleSummarySchema = z.object({
  id: z.string(),
  programId: z.string(),
  title: z.string(),
  summary: z.string(),
  learningGoals: z.array(z.string()),
  /** 1-based place in the program's order. */
  position: z.number().int(),
  status: ModuleStatusSchema,
  releaseAt: z.string().nullable(),
  prerequisiteModuleId: z.string().nullable(),
  publishedAt: z.string().nullable(),
  lessonCount: z.number().int(),
  /** Sum of the lessons' estimated minutes. */
  estimatedMinutes: z.number().int(),
  /** null when the module is open to the caller (always for staff). */
  lock: ModuleLockSchema.nullable(),
  progress: ModuleProgressSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ModuleSummary = z.infer<typeof ModuleSummarySchema>;

export const ModuleListSchema = ListSchema(ModuleSummarySchema);

/**
 * `GET /api/modules/:moduleId`: the module with its lessons (bodies not included: one lesson at a
 * time, `GET /api/lessons/:lessonId`), materials and assignments. A locked module shows titles
 * only: its materials and assignments are empty for participants until it opens.
 */
export const ModuleDetailSchema = ModuleSummarySchema.extend({
  lessons: z.array(LessonSummarySchema),
  materials: z.array(MaterialSchema),
  assignments: z.array(AssignmentSummarySchema),
  /** The largest upload the API accepts (bytes; the `UPLOAD_MAX_BYTES` setting), for the browser's own check. */
  uploadMaxBytes: z.number().int(),
  /** What the caller may do: edit (trainer, coordinator, admin; not in an archived program), complete lessons (participants). */
  canEdit: z.boolean(),
});
export type ModuleDetail = z.infer<typeof ModuleDetailSchema>;
