import * as z from 'zod';
import { IdSchema, tooLong } from '../common';
import { msg, t } from '../i18n';

export const TandemStatusSchema = z.enum(
  ['active', 'paused', 'ended'],
  msg('Bitte einen gültigen Status wählen (active, paused oder ended)', 'Please choose a valid status (active, paused or ended)'),
);
export type TandemStatus = z.infer<typeof TandemStatusSchema>;

/** Ended is final; a paused tandem can be resumed. */
export const TANDEM_STATUS_TRANSITIONS: Record<TandemStatus, readonly TandemStatus[]> = {
  active: ['paused', 'ended'],
  paused: ['active', 'ended'],
  ended: [],
};

/** A tandem with no meeting in this many days is "quiet". */
export const QUIET_TANDEM_DAYS = 28;

/** Limits of tandem fields; the schemas below check them, client validators use them. */
export const TANDEM_LIMITS = {
  goals: { max: 5000 },
  endReason: { max: 1000 },
} as const;

const goalsSchema = z
  .string(msg('Bitte Text angeben', 'Please enter text'))
  .trim()
  // Plural: "sind" / "are", so not tooLong().
  .max(
    TANDEM_LIMITS.goals.max,
    msg(
      `Die Ziele sind zu lang (höchstens ${TANDEM_LIMITS.goals.max} Zeichen)`,
      `The goals are too long (at most ${TANDEM_LIMITS.goals.max} characters)`,
    ),
  );
const endReasonSchema = z
  .string(msg('Bitte einen Grund angeben', 'Please enter a reason'))
  .trim()
  .min(1, msg('Bitte einen Grund für das Beenden angeben', 'Please enter a reason for ending the tandem'))
  .max(TANDEM_LIMITS.endReason.max, tooLong(TANDEM_LIMITS.endReason.max, { de: 'Der Grund', en: 'The reason' }));

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
  .refine(
    (p) => p.status !== undefined || p.goals !== undefined || p.endReason !== undefined,
    msg('Es wurde nichts geändert', 'Nothing was changed'),
  )
  .superRefine((p, ctx) => {
    if (p.status === 'ended' && !p.endReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['endReason'],
        message: t('Bitte einen Grund für das Beenden angeben', 'Please enter a reason for ending the tandem'),
      });
    }
    if (p.endReason !== undefined && p.status !== 'ended') {
      ctx.addIssue({
        code: 'custom',
        path: ['endReason'],
        message: t('Ein Grund gehört nur zum Beenden eines Tandems', 'A reason belongs only to ending a tandem'),
      });
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
