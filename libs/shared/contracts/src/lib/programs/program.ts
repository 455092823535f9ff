import { z } from 'zod';
import { boundedText, DateOnlySchema } from '../common';
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

const programFields = {
  title: z
    .string(msg('Bitte einen Titel angeben', 'Please enter a title'))
    .trim()
    .min(1, msg('Bitte einen Titel angeben', 'Please enter a title'))
    .max(
      PROGRAM_LIMITS.title.max,
      msg(
        `Der Titel ist zu lang (höchstens ${PROGRAM_LIMITS.title.max} Zeichen)`,
        `The title is too long (at most ${PROGRAM_LIMITS.title.max} characters)`,
      ),
    ),
  description: boundedText(PROGRAM_LIMITS.description.max, { de: 'Die Beschreibung', en: 'The description' }),
  mode: ProgramModeSchema,
  startsOn: DateOnlySchema,
  endsOn: DateOnlySchema,
  applicationDeadline: DateOnlySchema.nullable(),
  freeOfCharge: z.boolean(msg('Bitte ja oder nein angeben', 'Please answer yes or no')),
  timeCommitment: boundedText(PROGRAM_LIMITS.timeCommitment.max, { de: 'Der zeitliche Aufwand', en: 'The time commitment' }),
  contactName: boundedText(PROGRAM_LIMITS.contactName.max, { de: 'Der Name der Ansprechperson', en: 'The contact name' }),
  contactEmail: z.union([EmailSchema, z.literal('')]).nullable(),
};

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

export const CreateProgramRequestSchema = z
  .object({
    title: programFields.title,
    mode: programFields.mode,
    startsOn: programFields.startsOn,
    endsOn: programFields.endsOn,
    applicationDeadline: programFields.applicationDeadline.optional(),
    description: programFields.description.optional(),
    freeOfCharge: programFields.freeOfCharge.optional(),
    timeCommitment: programFields.timeCommitment.optional(),
    contactName: programFields.contactName.optional(),
    contactEmail: programFields.contactEmail.optional(),
  })
  .superRefine((p, ctx) => {
    for (const [path, message] of Object.entries(programDateProblems(p))) ctx.addIssue({ code: 'custom', path: [path], message });
  });
export type CreateProgramRequest = z.infer<typeof CreateProgramRequestSchema>;

/** Coordinators edit; a `status` here is a status transition (checked against the table above). */
export const UpdateProgramRequestSchema = z
  .object({
    title: programFields.title.optional(),
    mode: programFields.mode.optional(),
    startsOn: programFields.startsOn.optional(),
    endsOn: programFields.endsOn.optional(),
    applicationDeadline: programFields.applicationDeadline.optional(),
    description: programFields.description.optional(),
    freeOfCharge: programFields.freeOfCharge.optional(),
    timeCommitment: programFields.timeCommitment.optional(),
    contactName: programFields.contactName.optional(),
    contactEmail: programFields.contactEmail.optional(),
    status: ProgramStatusSchema.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.startsOn && p.endsOn) {
      for (const [path, message] of Object.entries(
        programDateProblems({ startsOn: p.startsOn, endsOn: p.endsOn, applicationDeadline: p.applicationDeadline }),
      )) {
        ctx.addIssue({ code: 'custom', path: [path], message });
      }
    }
  });
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
});
export type Program = z.infer<typeof ProgramSchema>;
