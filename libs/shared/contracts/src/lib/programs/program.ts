import * as z from 'zod';
import { boundedText, DateOnlySchema, tooLong } from '../common';
import { msg, t } from '../i18n';
import { EmailSchema } from '../identity';
import { ProgramRoleSchema } from './member';

/*
 * Programs (API.md "Programs, members, tandems", issue 3). Every string has a maximum length so
 * oversized input is refused before it reaches the database.
 */

export const ProgramModeSchema = z.enum(
  ['reverse', 'classic'],
  msg('Bitte einen gültigen Programmtyp wählen (reverse oder classic)', 'Please choose a valid program type (reverse or classic)'),
);
export type ProgramMode = z.infer<typeof ProgramModeSchema>;

export const ProgramStatusSchema = z.enum(
  ['draft', 'open', 'running', 'finished'],
  msg(
    'Bitte einen gültigen Status wählen (draft, open, running oder finished)',
    'Please choose a valid status (draft, open, running or finished)',
  ),
);
export type ProgramStatus = z.infer<typeof ProgramStatusSchema>;

/**
 * Allowed status changes. Forward through the life cycle; an open program may go back to draft
 * (applications closed again before anyone was accepted). A program may start without an
 * application phase (draft → running). Finished is final.
 */
export const PROGRAM_STATUS_TRANSITIONS: Record<ProgramStatus, readonly ProgramStatus[]> = {
  draft: ['open', 'running'],
  open: ['draft', 'running'],
  running: ['finished'],
  finished: [],
};

/** Limits of program fields; the schemas below check them, client validators use them. */
export const PROGRAM_LIMITS = {
  title: { max: 200 },
  description: { max: 20000 },
  timeCommitment: { max: 2000 },
  contactName: { max: 120 },
} as const;

/** The fields of a program as create takes them; update takes each of them optionally. */
const ProgramFieldsSchema = z.object({
  title: z
    .string(msg('Bitte einen Titel angeben', 'Please enter a title'))
    .trim()
    .min(1, msg('Bitte einen Titel angeben', 'Please enter a title'))
    .max(PROGRAM_LIMITS.title.max, tooLong(PROGRAM_LIMITS.title.max, { de: 'Der Titel', en: 'The title' })),
  mode: ProgramModeSchema,
  startsOn: DateOnlySchema,
  endsOn: DateOnlySchema,
  applicationDeadline: DateOnlySchema.nullable().optional(),
  description: boundedText(PROGRAM_LIMITS.description.max, { de: 'Die Beschreibung', en: 'The description' }).optional(),
  freeOfCharge: z.boolean(msg('Bitte ja oder nein angeben', 'Please answer yes or no')).optional(),
  timeCommitment: boundedText(PROGRAM_LIMITS.timeCommitment.max, { de: 'Der zeitliche Aufwand', en: 'The time commitment' }).optional(),
  contactName: boundedText(PROGRAM_LIMITS.contactName.max, { de: 'Der Name der Ansprechperson', en: 'The contact name' }).optional(),
  contactEmail: z
    .union([EmailSchema, z.literal('')])
    .nullable()
    .optional(),
});

/** Date order rules shared by create and (after merging) update. Returns field → message (current locale). */
export function programDateProblems(p: { startsOn: string; endsOn: string; applicationDeadline?: string | null }): Record<string, string> {
  const problems: Record<string, string> = {};
  if (p.endsOn < p.startsOn) {
    problems['endsOn'] = t('Das Programmende darf nicht vor dem Programmstart liegen', 'The program cannot end before it starts');
  }
  if (p.applicationDeadline && p.applicationDeadline > p.startsOn) {
    problems['applicationDeadline'] = t(
      'Der Bewerbungsschluss darf nicht nach dem Programmstart liegen',
      'The application deadline cannot be after the program starts',
    );
  }
  return problems;
}

/** The date order rules as issues of a body that has both dates (an update may have neither). */
function checkDateOrder(p: { startsOn?: string; endsOn?: string; applicationDeadline?: string | null }, ctx: z.RefinementCtx): void {
  if (p.startsOn === undefined || p.endsOn === undefined) return;
  const problems = programDateProblems({ startsOn: p.startsOn, endsOn: p.endsOn, applicationDeadline: p.applicationDeadline });
  for (const [path, message] of Object.entries(problems)) ctx.addIssue({ code: 'custom', path: [path], message });
}

export const CreateProgramRequestSchema = ProgramFieldsSchema.superRefine(checkDateOrder);
export type CreateProgramRequest = z.infer<typeof CreateProgramRequestSchema>;

/** Coordinators edit; a `status` here is a status transition (checked against the table above). */
export const UpdateProgramRequestSchema = ProgramFieldsSchema.partial()
  .extend({ status: ProgramStatusSchema.optional() })
  .superRefine(checkDateOrder);
export type UpdateProgramRequest = z.infer<typeof UpdateProgramRequestSchema>;

export const ProgramSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  mode: ProgramModeSchema,
  status: ProgramStatusSchema,
  startsOn: z.string(),
  endsOn: z.string(),
  applicationDeadline: z.string().nullable(),
  freeOfCharge: z.boolean(),
  timeCommitment: z.string(),
  contactName: z.string(),
  contactEmail: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The caller's roles in this program (empty for an admin who is not a member). */
  myRoles: z.array(ProgramRoleSchema),
  /** The caller's current tandem (active, else paused) in this program, for "Mein Tandem". */
  myTandemId: z.string().nullable(),
  /**
   * Archived by an admin (`POST …/archive`, `…/unarchive`): left out of `GET /programs` unless
   * `?include=archived`, still readable, read-only (changes answer 422 `program_archived`).
   */
  archived: z.boolean(),
  /** When it was archived; null while not archived. */
  archivedAt: z.string().nullable(),
});
export type Program = z.infer<typeof ProgramSchema>;

/**
 * `GET /api/users/:userId/programs` (admins, list shape): the programs a person holds a role in,
 * archived ones included, with her roles there.
 */
export const PersonProgramSchema = z.object({
  programId: z.string(),
  title: z.string(),
  status: ProgramStatusSchema,
  archived: z.boolean(),
  roles: z.array(ProgramRoleSchema),
});
export type PersonProgram = z.infer<typeof PersonProgramSchema>;
