import * as z from 'zod';
import { ListSchema } from '../common';

/*
 * The edit history of a module: who changed what and when (trainers, coordinators, admins).
 * Kept for every change of the module and its lessons.
 */

export const ModuleHistoryActionSchema = z.enum([
  'created',
  'updated',
  'published',
  'unpublished',
  'reordered',
  'copied',
  'lesson_created',
  'lesson_updated',
  'lesson_deleted',
  'lessons_reordered',
  'material_added',
  'material_deleted',
  'assignment_created',
  'assignment_updated',
  'assignment_deleted',
]);
export type ModuleHistoryAction = z.infer<typeof ModuleHistoryActionSchema>;

/** One change of one field: the values before and after (long texts are shortened). */
export const FieldChangeSchema = z.object({ from: z.unknown(), to: z.unknown() });

/** An item of `GET /api/modules/:moduleId/history` (list shape, newest first). */
export const ModuleHistoryEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  action: ModuleHistoryActionSchema,
  /** Who did it; null when the account has been deleted. */
  actor: z.object({ userId: z.string(), displayName: z.string() }).nullable(),
  /** The lesson concerned, for lesson actions; for material and assignment actions the material or assignment (its name or title). */
  lesson: z.object({ id: z.string(), title: z.string() }).nullable(),
  /** Field → { from, to } for updates; for a copy `{ sourceModuleId: { from: null, to: id } }`. */
  changes: z.record(z.string(), FieldChangeSchema),
});
export type ModuleHistoryEntry = z.infer<typeof ModuleHistoryEntrySchema>;

export const ModuleHistorySchema = ListSchema(ModuleHistoryEntrySchema);
