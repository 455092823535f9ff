import * as z from 'zod';
import { msg } from '../i18n';
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

/**
 * `GET /programs?include=archived`: archived programs too (each with `archived: true`). Without it
 * the list leaves them out — the start page and the navigation show what is going on. A repeated
 * or unknown value is refused (400).
 */
export const ListProgramsQuerySchema = z.object({
  include: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.enum(['archived'], msg('Erlaubt ist nur include=archived', 'Only include=archived is allowed')).optional(),
  ),
});
export type ListProgramsQuery = z.infer<typeof ListProgramsQuerySchema>;
