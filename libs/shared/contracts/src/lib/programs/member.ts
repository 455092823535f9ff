import * as z from 'zod';
import { IdSchema } from '../common';
import { msg, t, type Bilingual } from '../i18n';
import { DisplayNameSchema, EmailSchema } from '../identity';
import { ParticipantProfileSchema } from './profile';

/**
 * Roles per program. A person may hold several roles in one program (e.g. coordinator and
 * trainer), except mentor and mentee together: those are the two sides of a tandem.
 */
export const ProgramRoleSchema = z.enum(
  ['coordinator', 'trainer', 'mentor', 'mentee'],
  msg(
    'Bitte eine gültige Rolle wählen (coordinator, trainer, mentor oder mentee)',
    'Please choose a valid role (coordinator, trainer, mentor or mentee)',
  ),
);
export type ProgramRole = z.infer<typeof ProgramRoleSchema>;
export const PROGRAM_ROLES = ProgramRoleSchema.options;

/** The one table of role names, for the API's messages and the web's screens alike. */
export const PROGRAM_ROLE_LABELS: Record<ProgramRole, Bilingual> = {
  coordinator: { de: 'Programmleitung', en: 'Coordinator' },
  trainer: { de: 'Trainerin / Referent', en: 'Trainer' },
  mentor: { de: 'Mentorin / Mentor', en: 'Mentor' },
  mentee: { de: 'Mentee', en: 'Mentee' },
};

/** A role's name in the current locale. */
export function programRoleLabel(role: ProgramRole): string {
  const label = PROGRAM_ROLE_LABELS[role];
  return t(label.de, label.en);
}

export const AddMemberRequestSchema = z.object({
  userId: IdSchema,
  role: ProgramRoleSchema,
});
export type AddMemberRequest = z.infer<typeof AddMemberRequestSchema>;

export const InviteMemberRequestSchema = z.object({
  email: EmailSchema,
  displayName: DisplayNameSchema,
  role: ProgramRoleSchema,
});
export type InviteMemberRequest = z.infer<typeof InviteMemberRequestSchema>;

export const ProgramMemberSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  email: z.string(),
  roles: z.array(ProgramRoleSchema),
  profile: ParticipantProfileSchema,
  /** The member's current tandem (active or paused), if any. */
  tandemId: z.string().nullable(),
});
export type ProgramMember = z.infer<typeof ProgramMemberSchema>;

export const InvitationResultSchema = z.object({
  /** false: the e-mail belonged to an existing account, which was simply added. */
  created: z.boolean(),
  member: ProgramMemberSchema,
});
export type InvitationResult = z.infer<typeof InvitationResultSchema>;
