import { t, type CertificateCriteria, type CertificateEligibility, type CertificateOverrideKind } from '@ecampus/shared/contracts';

/*
 * Who meets a program's certificate criteria, and what is missing, in words people understand
 * ("2 von 3 Live-Seminaren besucht, 3 nötig"). Pure: the service loads the facts in a few
 * statements for everyone, this decides per person (eligibility.rules.spec.ts).
 */

/** A required module as the criteria see it (unpublished ones cannot be completed). */
export interface RequiredModule {
  id: string;
  title: string;
  lessonCount: number;
  assignmentCount: number;
}

/** What one mentor or mentee has done, loaded for everyone at once. */
export interface PersonFacts {
  userId: string;
  displayName: string;
  role: 'mentor' | 'mentee';
  /** Lessons she completed, per required module (same order as the modules). */
  lessonsDone: number[];
  /** Assignments approved for her current tandem, per required module. */
  approved: number[];
  sessionsAttended: number;
  sessionsHeld: number;
  minutesPresent: number;
  /** Meetings of her current tandem (0 without a tandem). */
  tandemMeetings: number;
}

export interface Override {
  kind: CertificateOverrideKind;
  reason: string;
}

/** How many of `held` sessions `ratio` asks for (a share of 2/3 of 4 sessions is 3). */
export function sessionsNeeded(held: number, ratio: number): number {
  // Rounded to 1e-9 first: 0.7 × 10 is 7.000000000000001 in floating point, and 8 would be unfair.
  return Math.ceil(Math.round(held * ratio * 1e9) / 1e9);
}

const names = (titles: string[]) => titles.map((title) => `„${title}“`).join(', ');

export function eligibilityOf(
  facts: PersonFacts,
  criteria: Pick<CertificateCriteria, 'minAttendanceRatio' | 'requireApprovedAssignments' | 'minTandemMeetings'>,
  modules: readonly RequiredModule[],
  override: Override | null,
): CertificateEligibility {
  const missing: CertificateEligibility['missing'] = [];

  const open = modules.filter((m, i) => (facts.lessonsDone[i] ?? 0) < m.lessonCount);
  const completed = modules.length - open.length;
  if (open.length > 0)
    missing.push({
      code: 'modules',
      message: t(
        `${completed} von ${modules.length} Pflichtmodulen abgeschlossen; es fehlt: ${names(open.map((m) => m.title))}`,
        `${completed} of ${modules.length} required modules completed; missing: ${names(open.map((m) => m.title))}`,
      ),
    });

  const needed = sessionsNeeded(facts.sessionsHeld, criteria.minAttendanceRatio);
  if (facts.sessionsAttended < needed)
    missing.push({
      code: 'attendance',
      message: t(
        `${facts.sessionsAttended} von ${facts.sessionsHeld} Live-Seminaren besucht, ${needed} nötig`,
        `${facts.sessionsAttended} of ${facts.sessionsHeld} live sessions attended, ${needed} needed`,
      ),
    });

  const assignmentsRequired = modules.reduce((sum, m) => sum + m.assignmentCount, 0);
  const assignmentsApproved = modules.reduce((sum, m, i) => sum + Math.min(facts.approved[i] ?? 0, m.assignmentCount), 0);
  if (criteria.requireApprovedAssignments && assignmentsApproved < assignmentsRequired)
    missing.push({
      code: 'assignments',
      message: t(
        `${assignmentsApproved} von ${assignmentsRequired} Aufgaben der Pflichtmodule im Tandem freigegeben`,
        `${assignmentsApproved} of ${assignmentsRequired} assignments of the required modules approved for the tandem`,
      ),
    });

  if (facts.tandemMeetings < criteria.minTandemMeetings)
    missing.push({
      code: 'meetings',
      message: t(
        `${facts.tandemMeetings} von ${criteria.minTandemMeetings} Tandemtreffen eingetragen`,
        `${facts.tandemMeetings} of ${criteria.minTandemMeetings} tandem meetings recorded`,
      ),
    });

  if (override?.kind === 'block')
    missing.unshift({
      code: 'blocked',
      message: t(`Von der Koordination gesperrt: ${override.reason}`, `Blocked by the coordinators: ${override.reason}`),
    });

  return {
    userId: facts.userId,
    displayName: facts.displayName,
    role: facts.role,
    // The allow-list issues anyway, the block-list never; otherwise the criteria decide.
    eligible: override ? override.kind === 'allow' : missing.length === 0,
    missing,
    override,
    progress: {
      modulesCompleted: completed,
      modulesRequired: modules.length,
      sessionsAttended: facts.sessionsAttended,
      sessionsHeld: facts.sessionsHeld,
      minutesPresent: facts.minutesPresent,
      assignmentsApproved,
      assignmentsRequired: criteria.requireApprovedAssignments ? assignmentsRequired : 0,
      tandemMeetings: facts.tandemMeetings,
    },
  };
}
