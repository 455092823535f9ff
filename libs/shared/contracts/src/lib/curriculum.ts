import { z } from 'zod';
import { boundedText, ListSchema } from './common';
import { msg } from './i18n';

/*
 * Curriculum: bodies and answers of `/api/programs/:programId/curriculum`. The API validates
 * requests with these schemas, the web parses answers with them and takes its form limits from them.
 */

/** Limits of an item's fields; the schemas check them, client validators use them. */
export const CURRICULUM_ITEM_LIMITS = {
  title: { max: 200 },
} as const;

export const CreateCurriculumItemRequestSchema = z.object({
  title: boundedText(CURRICULUM_ITEM_LIMITS.title.max, { de: 'Der Titel', en: 'The title' }).min(
    1,
    msg('Bitte einen Titel angeben', 'Please enter a title'),
  ),
});
export type CreateCurriculumItemRequest = z.infer<typeof CreateCurriculumItemRequestSchema>;

export const CurriculumItemSchema = z.object({
  id: z.string(),
  programId: z.string(),
  title: z.string(),
  createdAt: z.string(),
});
export type CurriculumItem = z.infer<typeof CurriculumItemSchema>;

/** `GET /api/programs/:programId/curriculum` answers the common list shape. */
export const CurriculumItemListSchema = ListSchema(CurriculumItemSchema);
