import { z } from 'zod';
import { DisplayNameSchema, EmailSchema } from './identity';

/*
 * Programs, members, tandems and tandem meetings (API.md "Programs, members, tandems", issue 3).
 * Every string has a maximum length so oversized input is refused before it reaches the database.
 */

// ---------------------------------------------------------------- building blocks

/** An opaque id (UUID). Loose hex check: PostgreSQL accepts any version. */
export const IdSchema = z
  .string({ error: 'Bitte eine gültige ID angeben' })
  .regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, 'Bitte eine gültige ID angeben');

export function isId(value: unknown): value is string {
  return IdSchema.safeParse(value).success;
}

/** A calendar date `YYYY-MM-DD` that really exists (no 2027-02-30). */
export const DateOnlySchema = z
  .string({ error: 'Bitte ein Datum im Format JJJJ-MM-TT angeben' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Bitte ein Datum im Format JJJJ-MM-TT angeben')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, 'Dieses Datum gibt es nicht')
  // PostgreSQL has no year 0, and dates outside this range are typing errors in this domain.
  .refine((v) => v >= '1900-01-01' && v <= '2999-12-31', 'Bitte ein Datum zwischen 1900 und 2999 angeben');

/** Today's date (local time of the process) as `YYYY-MM-DD`, shifted by `days`. */
export function localDateString(days = 0, now: Date = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const optionalText = (max: number, label: string) =>
  z
    .string({ error: `${label}: bitte Text angeben` })
    .trim()
    .max(max, `${label} ist zu lang (höchstens ${max} Zeichen)`);

// ---------------------------------------------------------------- programs

export const ProgramModeSchema = z.enum(['reverse', 'classic'], {
  error: 'Bitte einen gültigen Programmtyp wählen (reverse oder classic)',
});
export type ProgramMode = z.infer<typeof ProgramModeSchema>;

export const ProgramStatusSchema = z.enum(['draft', 'open', 'running', 'finished'], {
  error: 'Bitte einen gültigen Status wählen (draft, open, running oder finished)',
});
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

export const PROGRAM_STATUS_LABELS: Record<ProgramStatus, string> = {
  draft: 'Entwurf',
  open: 'Bewerbung offen',
  running: 'Laufend',
  finished: 'Abgeschlossen',
};

const programFields = {
  title: z
    .string({ error: 'Bitte einen Titel angeben' })
    .trim()
    .min(1, 'Bitte einen Titel angeben')
    .max(200, 'Der Titel ist zu lang (höchstens 200 Zeichen)'),
  description: optionalText(20000, 'Die Beschreibung'),
  mode: ProgramModeSchema,
  startsOn: DateOnlySchema,
  endsOn: DateOnlySchema,
  applicationDeadline: DateOnlySchema.nullable(),
  freeOfCharge: z.boolean({ error: 'Bitte ja oder nein angeben' }),
  timeCommitment: optionalText(2000, 'Der zeitliche Aufwand'),
  contactName: optionalText(120, 'Der Name der Ansprechperson'),
  contactEmail: z.union([EmailSchema, z.literal('')]).nullable(),
};

/** Date order rules shared by create and (after merging) update. Returns field → message. */
export function programDateProblems(p: {
  startsOn: string;
  endsOn: string;
  applicationDeadline?: string | null;
}): Record<string, string> {
  const problems: Record<string, string> = {};
  if (p.endsOn < p.startsOn) problems['endsOn'] = 'Das Programmende darf nicht vor dem Programmstart liegen';
  if (p.applicationDeadline && p.applicationDeadline > p.startsOn) {
    problems['applicationDeadline'] = 'Der Bewerbungsschluss darf nicht nach dem Programmstart liegen';
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

// ---------------------------------------------------------------- roles and members

/**
 * Roles per program. A person may hold several roles in one program (e.g. coordinator and
 * trainer), except mentor and mentee together: those are the two sides of a tandem.
 */
export const ProgramRoleSchema = z.enum(['coordinator', 'trainer', 'mentor', 'mentee'], {
  error: 'Bitte eine gültige Rolle wählen (coordinator, trainer, mentor oder mentee)',
});
export type ProgramRole = z.infer<typeof ProgramRoleSchema>;
export const PROGRAM_ROLES = ProgramRoleSchema.options;
export const PARTICIPANT_ROLES: readonly ProgramRole[] = ['mentor', 'mentee'];
export const STAFF_ROLES: readonly ProgramRole[] = ['coordinator', 'trainer'];

export const PROGRAM_ROLE_LABELS: Record<ProgramRole, string> = {
  coordinator: 'Programmleitung',
  trainer: 'Trainerin / Referent',
  mentor: 'Mentorin / Mentor',
  mentee: 'Mentee',
};

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

// ---------------------------------------------------------------- participant profile

/** The 16 German states (ISO 3166-2:DE codes without prefix) and their German names. */
export const BUNDESLAENDER = {
  BW: 'Baden-Württemberg',
  BY: 'Bayern',
  BE: 'Berlin',
  BB: 'Brandenburg',
  HB: 'Bremen',
  HH: 'Hamburg',
  HE: 'Hessen',
  MV: 'Mecklenburg-Vorpommern',
  NI: 'Niedersachsen',
  NW: 'Nordrhein-Westfalen',
  RP: 'Rheinland-Pfalz',
  SL: 'Saarland',
  SN: 'Sachsen',
  ST: 'Sachsen-Anhalt',
  SH: 'Schleswig-Holstein',
  TH: 'Thüringen',
} as const;
export type Bundesland = keyof typeof BUNDESLAENDER;
export const BundeslandSchema = z.enum(Object.keys(BUNDESLAENDER) as [Bundesland, ...Bundesland[]], {
  error: 'Bitte ein Bundesland wählen',
});

export const ChannelSchema = z.enum(['facebook', 'instagram', 'x', 'linkedin', 'blog', 'homepage', 'newsletter'], {
  error: 'Bitte nur bekannte Kanäle wählen (facebook, instagram, x, linkedin, blog, homepage, newsletter)',
});
export type Channel = z.infer<typeof ChannelSchema>;
export const CHANNEL_LABELS: Record<Channel, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X (Twitter)',
  linkedin: 'LinkedIn',
  blog: 'Blog',
  homepage: 'Homepage',
  newsletter: 'Newsletter',
};

/** Captured now for matching later (distance, shared channels). All fields optional. */
export const ParticipantProfileSchema = z.object({
  municipality: optionalText(120, 'Die Kommune').nullable(),
  bundesland: BundeslandSchema.nullable(),
  postalCode: z
    .string({ error: 'Bitte eine fünfstellige Postleitzahl angeben' })
    .regex(/^\d{5}$/, 'Bitte eine fünfstellige Postleitzahl angeben')
    .nullable(),
  office: optionalText(120, 'Das Mandat / Amt').nullable(),
  channels: z
    .array(ChannelSchema, { error: 'Bitte eine Liste von Kanälen angeben' })
    .max(7, 'Höchstens sieben Kanäle')
    .refine((a) => new Set(a).size === a.length, 'Jeden Kanal bitte nur einmal angeben'),
});
export type ParticipantProfile = z.infer<typeof ParticipantProfileSchema>;

/** PUT replaces the whole profile; missing fields become empty. */
export const UpdateProfileRequestSchema = z.object({
  municipality: ParticipantProfileSchema.shape.municipality.optional(),
  bundesland: ParticipantProfileSchema.shape.bundesland.optional(),
  postalCode: ParticipantProfileSchema.shape.postalCode.optional(),
  office: ParticipantProfileSchema.shape.office.optional(),
  channels: ParticipantProfileSchema.shape.channels.optional(),
});
export type UpdateProfileRequest = z.infer<typeof UpdateProfileRequestSchema>;

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

export const MyProgramProfileSchema = ParticipantProfileSchema.extend({
  programId: z.string(),
  userId: z.string(),
});
export type MyProgramProfile = z.infer<typeof MyProgramProfileSchema>;

// ---------------------------------------------------------------- tandems

export const TandemStatusSchema = z.enum(['active', 'paused', 'ended'], {
  error: 'Bitte einen gültigen Status wählen (active, paused oder ended)',
});
export type TandemStatus = z.infer<typeof TandemStatusSchema>;

/** Ended is final; a paused tandem can be resumed. */
export const TANDEM_STATUS_TRANSITIONS: Record<TandemStatus, readonly TandemStatus[]> = {
  active: ['paused', 'ended'],
  paused: ['active', 'ended'],
  ended: [],
};

/** A tandem with no meeting in this many days is "quiet". */
export const QUIET_TANDEM_DAYS = 28;

const goalsSchema = z.string({ error: 'Bitte Text angeben' }).trim().max(5000, 'Die Ziele sind zu lang (höchstens 5000 Zeichen)');
const endReasonSchema = z
  .string({ error: 'Bitte einen Grund angeben' })
  .trim()
  .min(1, 'Bitte einen Grund für das Beenden angeben')
  .max(1000, 'Der Grund ist zu lang (höchstens 1000 Zeichen)');

export const CreateTandemRequestSchema = z.object({
  mentorId: IdSchema,
  menteeId: IdSchema,
  goals: goalsSchema.optional(),
});
export type CreateTandemRequest = z.infer<typeof CreateTandemRequestSchema>;

/** `status` and `endReason`: coordinators; `goals`: either partner or coordinators. */
export const UpdateTandemRequestSchema = z
  .object({
    status: TandemStatusSchema.optional(),
    endReason: endReasonSchema.optional(),
    goals: goalsSchema.optional(),
  })
  .refine((p) => p.status !== undefined || p.goals !== undefined || p.endReason !== undefined, 'Es wurde nichts geändert')
  .superRefine((p, ctx) => {
    if (p.status === 'ended' && !p.endReason) {
      ctx.addIssue({ code: 'custom', path: ['endReason'], message: 'Bitte einen Grund für das Beenden angeben' });
    }
    if (p.endReason !== undefined && p.status !== 'ended') {
      ctx.addIssue({ code: 'custom', path: ['endReason'], message: 'Ein Grund gehört nur zum Beenden eines Tandems' });
    }
  });
export type UpdateTandemRequest = z.infer<typeof UpdateTandemRequestSchema>;

export const TandemPersonSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  /** Contact of the partner: visible to the tandem and the program staff. */
  email: z.string(),
});
export type TandemPerson = z.infer<typeof TandemPersonSchema>;

export const TandemSchema = z.object({
  id: z.string(),
  programId: z.string(),
  status: TandemStatusSchema,
  endReason: z.string().nullable(),
  goals: z.string(),
  mentor: TandemPersonSchema,
  mentee: TandemPersonSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  endedAt: z.string().nullable(),
  /** Date of the latest logged meeting. */
  lastMeetingOn: z.string().nullable(),
  meetingCount: z.number().int(),
  /** Active and no meeting in the last QUIET_TANDEM_DAYS days. */
  quiet: z.boolean(),
});
export type Tandem = z.infer<typeof TandemSchema>;

// ---------------------------------------------------------------- meetings

export const MeetingFormatSchema = z.enum(['in_person', 'online', 'shadowing'], {
  error: 'Bitte ein gültiges Format wählen (in_person, online oder shadowing)',
});
export type MeetingFormat = z.infer<typeof MeetingFormatSchema>;
export const MEETING_FORMAT_LABELS: Record<MeetingFormat, string> = {
  in_person: 'Persönlich',
  online: 'Online',
  shadowing: 'Hospitation',
};

export const CreateMeetingRequestSchema = z.object({
  // A meeting is logged afterwards; one day of slack for time zones and late-evening entries.
  date: DateOnlySchema.refine((d) => d <= localDateString(1), 'Das Treffen darf nicht in der Zukunft liegen').refine(
    (d) => d >= '2000-01-01',
    'Das Datum liegt zu weit in der Vergangenheit',
  ),
  format: MeetingFormatSchema,
  durationMinutes: z
    .number({ error: 'Bitte die Dauer in Minuten angeben' })
    .int('Bitte die Dauer in ganzen Minuten angeben')
    .min(1, 'Die Dauer muss mindestens 1 Minute sein')
    .max(1440, 'Die Dauer darf höchstens 1440 Minuten (24 Stunden) sein'),
  notes: z.string({ error: 'Bitte Text angeben' }).trim().max(5000, 'Die Notizen sind zu lang (höchstens 5000 Zeichen)').optional(),
});
export type CreateMeetingRequest = z.infer<typeof CreateMeetingRequestSchema>;

export const MeetingSchema = z.object({
  id: z.string(),
  tandemId: z.string(),
  date: z.string(),
  format: MeetingFormatSchema,
  durationMinutes: z.number().int(),
  notes: z.string(),
  createdBy: z.object({ userId: z.string(), displayName: z.string() }),
  createdAt: z.string(),
});
export type Meeting = z.infer<typeof MeetingSchema>;

// ---------------------------------------------------------------- tandem detail

/** `GET /api/tandems/:tandemId`: the tandem plus the program's staff to contact. */
export const TandemDetailSchema = TandemSchema.extend({
  programTitle: z.string(),
  coordinators: z.array(TandemPersonSchema),
  trainers: z.array(TandemPersonSchema),
  /** What the caller may do here, so the client shows the right controls. */
  canEditGoals: z.boolean(),
  canChangeStatus: z.boolean(),
  canLogMeetings: z.boolean(),
});
export type TandemDetail = z.infer<typeof TandemDetailSchema>;

// ---------------------------------------------------------------- rule codes

/** Stable codes of the 422/409 answers of this area. */
export const ProgramErrorCode = {
  InvalidStatusTransition: 'invalid_status_transition',
  RoleAlreadyHeld: 'role_already_held',
  RoleConflict: 'role_conflict',
  RoleMismatch: 'role_mismatch',
  SamePerson: 'same_person',
  AlreadyInActiveTandem: 'already_in_active_tandem',
  MemberInTandem: 'member_in_tandem',
  NotTandemMember: 'not_tandem_member',
  TandemEnded: 'tandem_ended',
  NotAMember: 'not_a_member',
} as const;
export type ProgramErrorCode = (typeof ProgramErrorCode)[keyof typeof ProgramErrorCode];
