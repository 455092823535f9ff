import * as z from 'zod';
import { StoredFileSchema } from '../files';

/*
 * Materials of a module (issue 8): files trainers upload, checked and stored like every upload
 * (../files.ts). PDFs carry their page count (the live classroom's slides).
 */

/** `POST /api/modules/:moduleId/materials` (multipart field `file`) → 201; listed in `GET /api/modules/:moduleId`. */
export const MaterialSchema = StoredFileSchema.extend({
  moduleId: z.string(),
  /** 1-based place in the module's materials (upload order). */
  position: z.number().int(),
});
export type Material = z.infer<typeof MaterialSchema>;
