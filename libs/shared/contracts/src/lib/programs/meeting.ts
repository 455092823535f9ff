import * as z from 'zod';
import { DateOnlySchema, localDateString } from '../common';
import { msg } from '../i18n';

export const MeetingFormatSchema = z.enum(
  ['in_person', 'online', 'shadowing'],
  msg(
    'Bitte ein gültiges Format wählen (in_person, online oder shadowing)',
    'Please choose a valid format (in_person, online or shadowing)',
  ),
);
export type MeetingFormat = z.infer<typeof MeetingFormatSchema>;

/** Limits of meeting fields; the schema below checks them, client validators use them. */
export const MEETING_LIMITS = {
  durationMinutes: { min: 1, max: 1440 },
  notes: { max: 5000 },
} as const;

const { durationMinutes, notes } = MEETING_LIMITS;

export const CreateMeetingRequestSchema = z.object({
  // A meeting is logged afterwards; one day of slack for time zones and late-evening entries.
  date: DateOnlySchema.refine(
    (d) => d <= localDateString(1),
    msg('Das Treffen darf nicht in der Zukunft liegen', 'The meeting cannot be in the future'),
  ).refine((d) => d >= '2000-01-01', msg('Das Datum liegt zu weit in der Vergangenheit', 'The date is too far in the past')),
  format: MeetingFormatSchema,
  durationMinutes: z
    .number(msg('Bitte die Dauer in Minuten angeben', 'Please enter the duration in minutes'))
    .int(msg('Bitte die Dauer in ganzen Minuten angeben', 'Please enter the duration in whole minutes'))
    .min(
      durationMinutes.min,
      msg(`Die Dauer muss mindestens ${durationMinutes.min} Minute sein`, `The duration must be at least ${durationMinutes.min} minute`),
    )
    .max(
      durationMinutes.max,
      msg(
        `Die Dauer darf höchstens ${durationMinutes.max} Minuten (24 Stunden) sein`,
        `The duration can be at most ${durationMinutes.max} minutes (24 hours)`,
      ),
    ),
  notes: z
    .string(msg('Bitte Text angeben', 'Please enter text'))
    .trim()
    .max(
      notes.max,
      msg(`Die Notizen sind zu lang (höchstens ${notes.max} Zeichen)`, `The notes are too long (at most ${notes.max} characters)`),
    )
    .optional(),
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
