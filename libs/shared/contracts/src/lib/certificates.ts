import * as z from 'zod';
import { boundedText, IdSchema } from './common';
import { msg } from './i18n';

/*
 * Certificates (issue 11, API.md "Certificates"): a program's criteria, who meets them and what is
 * missing, the coordinators' allow- and block-list. The API validates requests with these schemas,
 * the web parses answers with them and takes its form limits from them.
 */

export const CERTIFICATE_LIMITS = {
  requiredModules: { max: 100 },
  minTandemMeetings: { max: 100 },
  reason: { max: 500 },
} as const;

const ratio = (de: string, en: string) =>
  z
    .number(msg(`${de}: bitte eine Zahl zwischen 0 und 1 angeben`, `${en}: please enter a number between 0 and 1`))
    .min(0, msg(`${de}: mindestens 0`, `${en}: at least 0`))
    .max(1, msg(`${de}: höchstens 1 (100 %)`, `${en}: at most 1 (100 %)`));

/** `PUT /api/programs/:programId/certificate-criteria` (coordinator); `GET` answers the same shape. */
export const CertificateCriteriaSchema = z.object({
  /** Modules whose every lesson the person completed. */
  requiredModuleIds: z
    .array(IdSchema)
    .max(
      CERTIFICATE_LIMITS.requiredModules.max,
      msg(`Höchstens ${CERTIFICATE_LIMITS.requiredModules.max} Module`, `At most ${CERTIFICATE_LIMITS.requiredModules.max} modules`),
    ),
  /** Share (0–1) of the program's held live sessions she attended. */
  minAttendanceRatio: ratio('Anteil besuchter Live-Seminare', 'Share of live sessions attended'),
  /** A session counts as attended when she was present at least this share (0–1) of it (default 0.5). */
  sessionPresenceRatio: ratio('Anwesenheit je Live-Seminar', 'Presence per live session').optional(),
  /** Every assignment of the required modules approved for her tandem. */
  requireApprovedAssignments: z.boolean(msg('Bitte ja oder nein angeben', 'Please answer yes or no')),
  /** Tandem meetings of her current tandem. */
  minTandemMeetings: z
    .number(msg('Bitte eine Anzahl Tandemtreffen angeben', 'Please enter a number of tandem meetings'))
    .int(msg('Bitte eine ganze Zahl angeben', 'Please enter a whole number'))
    .min(0, msg('Mindestens 0', 'At least 0'))
    .max(CERTIFICATE_LIMITS.minTandemMeetings.max, msg('Höchstens 100 Tandemtreffen', 'At most 100 tandem meetings')),
});
export type CertificateCriteriaInput = z.infer<typeof CertificateCriteriaSchema>;
export type CertificateCriteria = Required<CertificateCriteriaInput> & { updatedAt: string | null };

/** Limits of the issuer and its images; the form takes its limits from here. */
export const CERTIFICATE_ISSUER_LIMITS = {
  organisation: { max: 200 },
  signatoryName: { max: 120 },
  signatoryRole: { max: 120 },
  signatories: { max: 3 },
  /** Logo and signatures: PNG or JPEG (checked by content), at most 1 MB, 4000 px a side and 8 megapixels. */
  image: { maxBytes: 1024 * 1024, maxSide: 4000, maxPixels: 8_000_000 },
} as const;

/** What the logo and signature uploads accept (extensions; the content is checked too). */
export const CERTIFICATE_IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg'] as const;
/** The `accept` attribute of their file inputs. */
export const CERTIFICATE_IMAGE_ACCEPT = '.png,.jpg,.jpeg,image/png,image/jpeg';

/**
 * `PUT /api/programs/:programId/certificate-issuer` (coordinator): who issues the certificates and
 * signs them. Logo and signature images are uploaded on their own routes (`…/certificate-issuer/logo`,
 * `…/certificate-issuer/signatories/:index/signature`, PNG or JPEG up to 1 MB).
 */
export const CertificateIssuerSchema = z.object({
  organisation: boundedText(CERTIFICATE_ISSUER_LIMITS.organisation.max, {
    de: 'Die ausstellende Organisation',
    en: 'The issuing organisation',
  }),
  signatories: z
    .array(
      z.object({
        name: boundedText(CERTIFICATE_ISSUER_LIMITS.signatoryName.max, { de: 'Der Name', en: 'The name' }).min(
          1,
          msg('Bitte einen Namen angeben', 'Please enter a name'),
        ),
        role: boundedText(CERTIFICATE_ISSUER_LIMITS.signatoryRole.max, { de: 'Die Funktion', en: 'The role' }),
        /**
         * Whose uploaded signature image she keeps: the position (0–2) the signatory had before this
         * save, null for none. Absent: the signature of the same position. Send it when rows were
         * removed or moved, so a signature stays with its person; a signature no one keeps is deleted.
         */
        signatureFrom: z
          .number(msg('Bitte eine Position angeben', 'Please give a position'))
          .int(msg('Bitte eine ganze Zahl angeben', 'Please enter a whole number'))
          .min(0, msg('Mindestens 0', 'At least 0'))
          .max(CERTIFICATE_ISSUER_LIMITS.signatories.max - 1, msg('Höchstens 2', 'At most 2'))
          .nullable()
          .optional(),
      }),
    )
    .max(CERTIFICATE_ISSUER_LIMITS.signatories.max, msg('Höchstens drei Unterschriften', 'At most three signatories')),
});
export type CertificateIssuer = z.infer<typeof CertificateIssuerSchema>;

/**
 * `GET`/`PUT /api/programs/:programId/certificate-issuer` and the image routes answer this: the
 * issuer, and which images are uploaded (`GET …/certificate-issuer/logo`,
 * `…/signatories/:index/signature` serve them to coordinators).
 */
export const CertificateIssuerAnswerSchema = z.object({
  organisation: z.string(),
  signatories: z.array(z.object({ name: z.string(), role: z.string(), hasSignature: z.boolean() })),
  hasLogo: z.boolean(),
});
export type CertificateIssuerAnswer = z.infer<typeof CertificateIssuerAnswerSchema>;

/** One of the issuer's images: the logo, or the signature of the signatory at a position (0–2). */
export type CertificateIssuerImage = 'logo' | number;

/** Its route below `/api/programs/:programId/certificate-issuer/`: `logo`, `signatories/1/signature` (`PUT` multipart field `file`, `GET`, `DELETE`). */
export const certificateIssuerImagePath = (image: CertificateIssuerImage) => (image === 'logo' ? 'logo' : `signatories/${image}/signature`);

/** Why someone does not (yet) meet the criteria: a stable code and a plain German (or English) sentence. */
export const CERTIFICATE_MISSING_CODES = ['modules', 'attendance', 'assignments', 'meetings', 'blocked'] as const;
export type CertificateMissingCode = (typeof CERTIFICATE_MISSING_CODES)[number];

export const CertificateOverrideKindSchema = z.enum(
  ['allow', 'block'],
  msg('Bitte zulassen oder sperren wählen', 'Please choose allow or block'),
);
export type CertificateOverrideKind = z.infer<typeof CertificateOverrideKindSchema>;

/** `PUT /api/programs/:programId/certificate-overrides/:userId` (coordinator): issue anyway, or never. */
export const CertificateOverrideRequestSchema = z.object({
  kind: CertificateOverrideKindSchema,
  reason: boundedText(CERTIFICATE_LIMITS.reason.max, { de: 'Die Begründung', en: 'The reason' }).min(
    1,
    msg('Bitte eine Begründung angeben', 'Please give a reason'),
  ),
});
export type CertificateOverrideRequest = z.infer<typeof CertificateOverrideRequestSchema>;

export const CertificateEligibilitySchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  role: z.enum(['mentor', 'mentee']),
  eligible: z.boolean(),
  /** Empty when eligible by the criteria; an allow-listed person is eligible with what she misses still listed. */
  missing: z.array(z.object({ code: z.enum(CERTIFICATE_MISSING_CODES), message: z.string() })),
  /** The coordinators' decision about her, if any. */
  override: z.object({ kind: CertificateOverrideKindSchema, reason: z.string() }).nullable(),
  /** What she has, for the "why not" column and the certificate's text. */
  progress: z.object({
    modulesCompleted: z.number().int(),
    modulesRequired: z.number().int(),
    sessionsAttended: z.number().int(),
    sessionsHeld: z.number().int(),
    minutesPresent: z.number().int(),
    assignmentsApproved: z.number().int(),
    assignmentsRequired: z.number().int(),
    tandemMeetings: z.number().int(),
  }),
});
export type CertificateEligibility = z.infer<typeof CertificateEligibilitySchema>;

/** `GET /api/programs/:programId/certificate-eligibility` (coordinator): every mentor and mentee, by name. */
export const CertificateEligibilityListSchema = z.array(CertificateEligibilitySchema);

// ---------------------------------------------------------------- issuing (queued) and the certificates

/** `POST /api/programs/:programId/certificate-batches` (coordinator) → 202 `{id}`. */
export const CertificateBatchRequestSchema = z.object({
  /** Only these people (they must be eligible); default: everyone eligible who has no valid certificate yet. */
  userIds: z.array(IdSchema).max(2000).optional(),
  /** Tell each holder (in-app notice and e-mail). Off unless the coordinator chooses it: never a surprise bulk mail. */
  notify: z.boolean().optional(),
});
export type CertificateBatchRequest = z.infer<typeof CertificateBatchRequestSchema>;

export const CERTIFICATE_BATCH_STATUSES = ['running', 'done'] as const;
export const CERTIFICATE_REQUEST_STATUSES = ['pending', 'done', 'failed'] as const;
export type CertificateRequestStatus = (typeof CERTIFICATE_REQUEST_STATUSES)[number];

/** `GET /api/certificate-batches/:batchId` (coordinator of its program); also pushed while it runs. */
export const CertificateBatchSchema = z.object({
  id: z.string(),
  programId: z.string(),
  status: z.enum(CERTIFICATE_BATCH_STATUSES),
  total: z.number().int(),
  completed: z.number().int(),
  failed: z.number().int(),
  notify: z.boolean(),
  createdAt: z.string(),
  /** Who failed and why (after the retries). */
  failures: z.array(z.object({ userId: z.string(), displayName: z.string(), reason: z.string() })),
});
export type CertificateBatch = z.infer<typeof CertificateBatchSchema>;

/** A program's issued certificate, as coordinators see it (`GET /api/programs/:programId/certificates`). */
export const IssuedCertificateSchema = z.object({
  id: z.string(),
  userId: z.string(),
  displayName: z.string(),
  /** Pending until the worker rendered its PDF (again, after a regenerate). */
  status: z.enum(CERTIFICATE_REQUEST_STATUSES),
  issuedAt: z.string(),
  verificationCode: z.string(),
  revoked: z.boolean(),
  revokedReason: z.string().nullable(),
});
export type IssuedCertificate = z.infer<typeof IssuedCertificateSchema>;
export const IssuedCertificateListSchema = z.array(IssuedCertificateSchema);

/** `GET /api/me/certificates`: the holder's own. */
export const MyCertificateSchema = z.object({
  id: z.string(),
  programId: z.string(),
  programTitle: z.string(),
  issuedAt: z.string(),
  verificationCode: z.string(),
  revoked: z.boolean(),
  /** The PDF can be downloaded (rendered). */
  ready: z.boolean(),
});
export type MyCertificate = z.infer<typeof MyCertificateSchema>;
export const MyCertificateListSchema = z.array(MyCertificateSchema);

/** `POST /api/certificates/:id/revoke` (coordinator). */
export const CertificateRevokeRequestSchema = z.object({
  reason: boundedText(CERTIFICATE_LIMITS.reason.max, { de: 'Die Begründung', en: 'The reason' }).min(
    1,
    msg('Bitte eine Begründung angeben', 'Please give a reason'),
  ),
});
export type CertificateRevokeRequest = z.infer<typeof CertificateRevokeRequestSchema>;

/**
 * `GET /api/verify/:code` (anyone, no login, rate limited): only name, program, date and status.
 * `reason` says why a code is not valid: `format` (not a code), `check` (a typo: the check
 * character does not match), `unknown` (no such certificate), `revoked`.
 */
export const CertificateVerificationSchema = z.object({
  valid: z.boolean(),
  revoked: z.boolean().optional(),
  reason: z.enum(['format', 'check', 'unknown', 'revoked']).optional(),
  code: z.string().optional(),
  holderName: z.string().optional(),
  programTitle: z.string().optional(),
  issuedAt: z.string().optional(),
});
export type CertificateVerification = z.infer<typeof CertificateVerificationSchema>;

/** Pushed over `/live` to the coordinator who started a batch while the worker issues it. */
export type CertificateBatchProgress = Pick<CertificateBatch, 'id' | 'programId' | 'status' | 'total' | 'completed' | 'failed'>;
