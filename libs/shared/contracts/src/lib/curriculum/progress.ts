import * as z from 'zod';
import { IdSchema } from '../common';
import { msg } from '../i18n';

/*
 * Progress (issue 8). A participant completed a module when she completed all its lessons and,
 * if it has assignments, her tandem's submissions to all of them are approved. Staff see the
 * program-wide matrix (people × published modules); participants see themselves and their tandem.
 */

/** `GET /api/programs/:programId/progress?tandemId=…&format=csv` */
export const ProgressQuerySchema = z.object({
  tandemId: IdSchema.optional(),
  format: z.enum(['json', 'csv'], msg('Format json oder csv', 'Format json or csv')).optional(),
});
export type ProgressQuery = z.infer<typeof ProgressQuerySchema>;

export const ProgressModuleSchema = z.object({
  id: z.string(),
  title: z.string(),
  position: z.number().int(),
  lessonCount: z.number().int(),
  assignmentCount: z.number().int(),
});
export type ProgressModule = z.infer<typeof ProgressModuleSchema>;

/** One person's state in one module (cells are in the order of `modules`). */
export const ProgressCellSchema = z.object({
  moduleId: z.string(),
  lessonsCompleted: z.number().int(),
  /** Of the module's assignments, those approved for the person's tandem. */
  assignmentsApproved: z.number().int(),
  completed: z.boolean(),
});
export type ProgressCell = z.infer<typeof ProgressCellSchema>;

export const ProgressRowSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  role: z.enum(['mentor', 'mentee']),
  /** The person's current tandem in the program, null without one. */
  tandemId: z.string().nullable(),
  cells: z.array(ProgressCellSchema),
  modulesCompleted: z.number().int(),
});
export type ProgressRow = z.infer<typeof ProgressRowSchema>;

/** A tandem with both partners' modules completed (modules both partners completed). */
export const TandemProgressSchema = z.object({
  tandemId: z.string(),
  mentor: z.object({ userId: z.string(), displayName: z.string() }),
  mentee: z.object({ userId: z.string(), displayName: z.string() }),
  modulesCompletedByBoth: z.number().int(),
});
export type TandemProgress = z.infer<typeof TandemProgressSchema>;

export const ProgressMatrixSchema = z.object({
  programId: z.string(),
  modules: z.array(ProgressModuleSchema),
  /** Mentors and mentees, by display name; participants get themselves and their tandem partner. */
  rows: z.array(ProgressRowSchema),
  tandems: z.array(TandemProgressSchema),
});
export type ProgressMatrix = z.infer<typeof ProgressMatrixSchema>;
