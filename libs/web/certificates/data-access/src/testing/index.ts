import type {
  CertificateBatch,
  CertificateCriteria,
  CertificateEligibility,
  CertificateIssuerAnswer,
  IssuedCertificate,
  ModuleSummary,
  MyCertificate,
} from '@ecampus/shared/contracts';

/*
 * Contract-typed sample data for the domain's unit tests (data-access, ui and feature specs), imported
 * as `@ecampus/web/certificates/data-access/testing`: a separate entry, so the app never bundles it.
 * Program p1 with the modules m1 (published), m2 (published) and m3 (draft).
 */

export const MODULE_1 = '00000000-0000-4000-8000-000000000001';
export const MODULE_2 = '00000000-0000-4000-8000-000000000002';
export const MODULE_3 = '00000000-0000-4000-8000-000000000003';

export function aModule(id: string, title: string, overrides: Partial<ModuleSummary> = {}): ModuleSummary {
  return {
    id,
    programId: 'p1',
    title,
    summary: '',
    learningGoals: [],
    position: 1,
    status: 'published',
    releaseAt: null,
    prerequisiteModuleId: null,
    publishedAt: '2027-02-01T10:00:00.000Z',
    lessonCount: 3,
    estimatedMinutes: 60,
    lock: null,
    progress: { lessonsCompleted: 0, lessonCount: 3, assignmentsApproved: 0, assignmentCount: 0, completed: false },
    createdAt: '2027-01-01T10:00:00.000Z',
    updatedAt: '2027-01-01T10:00:00.000Z',
    ...overrides,
  };
}

export const someModules = (): ModuleSummary[] => [
  aModule(MODULE_1, 'Politische Kommunikation', { position: 1 }),
  aModule(MODULE_2, 'Verhandeln', { position: 2 }),
  aModule(MODULE_3, 'Entwurf', { position: 3, status: 'draft', publishedAt: null }),
];

export function someCriteria(overrides: Partial<CertificateCriteria> = {}): CertificateCriteria {
  return {
    requiredModuleIds: [MODULE_1],
    minAttendanceRatio: 0.75,
    sessionPresenceRatio: 0.5,
    requireApprovedAssignments: true,
    minTandemMeetings: 3,
    updatedAt: '2027-03-01T10:00:00.000Z',
    ...overrides,
  };
}

/** Landesverband Nord with a logo; Katrin Albers has a signature image, Jonas Weber none. */
export function anIssuer(overrides: Partial<CertificateIssuerAnswer> = {}): CertificateIssuerAnswer {
  return {
    organisation: 'Landesverband Nord',
    signatories: [
      { name: 'Katrin Albers', role: 'Vorsitzende', hasSignature: true },
      { name: 'Jonas Weber', role: 'Geschäftsführer', hasSignature: false },
    ],
    hasLogo: true,
    ...overrides,
  };
}

const progress = (): CertificateEligibility['progress'] => ({
  modulesCompleted: 1,
  modulesRequired: 1,
  sessionsAttended: 3,
  sessionsHeld: 4,
  minutesPresent: 270,
  assignmentsApproved: 2,
  assignmentsRequired: 2,
  tandemMeetings: 4,
});

/** A person who meets the criteria unless `missing` says otherwise. */
export function aPerson(userId: string, displayName: string, overrides: Partial<CertificateEligibility> = {}): CertificateEligibility {
  const missing = overrides.missing ?? [];
  return {
    userId,
    displayName,
    role: 'mentee',
    eligible: missing.length === 0,
    missing,
    override: null,
    progress: progress(),
    ...overrides,
  };
}

/** Anna meets the criteria, Bea misses two, Carla is allowed anyway, Dora is blocked. */
export const somePeople = (): CertificateEligibility[] => [
  aPerson('u-anna', 'Anna Adler', { role: 'mentor' }),
  aPerson('u-bea', 'Bea Berg', {
    missing: [
      { code: 'attendance', message: 'Hat 2 von 4 Live-Seminaren besucht, verlangt sind 75 %.' },
      { code: 'meetings', message: 'Hat 1 von 3 Tandemtreffen.' },
    ],
  }),
  aPerson('u-carla', 'Carla Castro', {
    eligible: true,
    missing: [{ code: 'modules', message: 'Hat 0 von 1 Pflichtmodul abgeschlossen.' }],
    override: { kind: 'allow', reason: 'Krankheit' },
  }),
  aPerson('u-dora', 'Dora Dietz', {
    eligible: false,
    missing: [{ code: 'blocked', message: 'Von der Programmleitung gesperrt.' }],
    override: { kind: 'block', reason: 'Abgebrochen' },
  }),
];

export function anIssued(id: string, userId: string, displayName: string, overrides: Partial<IssuedCertificate> = {}): IssuedCertificate {
  return {
    id,
    userId,
    displayName,
    status: 'done',
    issuedAt: '2027-06-30T10:00:00.000Z',
    verificationCode: 'ABCD-EFGH-JKLM-NPQR-S',
    revoked: false,
    revokedReason: null,
    ...overrides,
  };
}

export function aBatch(overrides: Partial<CertificateBatch> = {}): CertificateBatch {
  return {
    id: 'b1',
    programId: 'p1',
    status: 'running',
    total: 40,
    completed: 0,
    failed: 0,
    notify: false,
    createdAt: '2027-06-30T10:00:00.000Z',
    failures: [],
    ...overrides,
  };
}

export function aMyCertificate(id: string, programTitle: string, overrides: Partial<MyCertificate> = {}): MyCertificate {
  return {
    id,
    programId: 'p1',
    programTitle,
    issuedAt: '2027-06-30T10:00:00.000Z',
    verificationCode: 'ABCD-EFGH-JKLM-NPQR-S',
    revoked: false,
    ready: true,
    ...overrides,
  };
}

/** The `/live` socket fake of identity's testing entry (re-exported for this domain's specs). */
export { FakeLiveSocket } from '@ecampus/web/identity/data-access/testing';
