import * as z from 'zod';
import { boundedText } from '../common';
import { msg } from '../i18n';

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
export const BundeslandSchema = z.enum(
  Object.keys(BUNDESLAENDER) as [Bundesland, ...Bundesland[]],
  msg('Bitte ein Bundesland wählen', 'Please choose a German state'),
);

export const ChannelSchema = z.enum(
  ['facebook', 'instagram', 'x', 'linkedin', 'blog', 'homepage', 'newsletter'],
  msg(
    'Bitte nur bekannte Kanäle wählen (facebook, instagram, x, linkedin, blog, homepage, newsletter)',
    'Please choose known channels only (facebook, instagram, x, linkedin, blog, homepage, newsletter)',
  ),
);
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

/** Limits of profile fields; the schema below checks them, client validators use them. */
export const PROFILE_LIMITS = {
  municipality: { max: 120 },
  office: { max: 120 },
} as const;

/** Captured now for matching later (distance, shared channels). All fields optional. */
export const ParticipantProfileSchema = z.object({
  municipality: boundedText(PROFILE_LIMITS.municipality.max, { de: 'Die Kommune', en: 'The municipality' }).nullable(),
  bundesland: BundeslandSchema.nullable(),
  postalCode: z
    .string(msg('Bitte eine fünfstellige Postleitzahl angeben', 'Please enter a five-digit postal code'))
    .regex(/^\d{5}$/, msg('Bitte eine fünfstellige Postleitzahl angeben', 'Please enter a five-digit postal code'))
    .nullable(),
  office: boundedText(PROFILE_LIMITS.office.max, { de: 'Das Mandat / Amt', en: 'The office' }).nullable(),
  channels: z
    .array(ChannelSchema, msg('Bitte eine Liste von Kanälen angeben', 'Please give a list of channels'))
    .max(ChannelSchema.options.length, msg('Höchstens sieben Kanäle', 'At most seven channels'))
    .refine((a) => new Set(a).size === a.length, msg('Jeden Kanal bitte nur einmal angeben', 'Please give each channel only once')),
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

export const MyProgramProfileSchema = ParticipantProfileSchema.extend({
  programId: z.string(),
  userId: z.string(),
});
export type MyProgramProfile = z.infer<typeof MyProgramProfileSchema>;
