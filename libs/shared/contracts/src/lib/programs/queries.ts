import { z } from 'zod';
import { ProgramRoleSchema } from './member';

/*
 * Query and route-parameter schemas of the programs routes. Ids in routes are not here: a malformed
 * id answers 404 like an unknown one (the API checks them with `isId`), not 400.
 */

/**
 * `GET /programs/:programId/members?role=`: only people holding that role. An empty `role=` means
 * no filter; a repeated or nested `role` is refused (400), not silently narrowed to one value.
 */
export const ListMembersQuerySchema = z.object({
  role: z.preprocess((v) => (v === '' ? undefined : v), ProgramRoleSchema.optional()),
});
export type ListMembersQuery = z.infer<typeof ListMembersQuerySchema>;
