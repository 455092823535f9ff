import { Inject, Injectable } from '@nestjs/common';
import { ProgressRepository } from '@ecampus/api/curriculum/progress';
import { AttendanceSummaries } from '@ecampus/api/live/attendance';
import { assertNotArchived, type ProgramAccess } from '@ecampus/api/programs/access';
import type {
  CertificateCriteria,
  CertificateCriteriaInput,
  CertificateEligibility,
  CertificateOverrideRequest,
} from '@ecampus/shared/contracts';
import { notAModuleOfProgram, notAParticipant, overrideNotFound } from './certificates.errors';
import { CertificatesRepository, DEFAULT_CRITERIA } from './certificates.repository';
import { eligibilityOf, type RequiredModule } from './eligibility.rules';

/** What the service needs of its collaborators (unit specs fake exactly this). */
export type CertificatesQueries = Pick<
  CertificatesRepository,
  'criteriaOf' | 'saveCriteria' | 'overridesOf' | 'saveOverride' | 'removeOverride' | 'isParticipant' | 'tandemMeetings'
>;
export type ProgressQueries = Pick<ProgressRepository, 'publishedModules' | 'matrix'>;
export type AttendanceQueries = Pick<AttendanceSummaries, 'summaryOfProgram'>;
export interface Clock {
  now(): Date;
}
export const CERTIFICATES_CLOCK = Symbol('CERTIFICATES_CLOCK');

/**
 * Criteria, eligibility and the allow/block list (issue 11, item 1; the issuer: issuer/issuer.service.ts). Who may call which route is
 * checked by `@ProgramRoles()` before the service runs. Eligibility is computed for the whole
 * program from a fixed number of statements — criteria, published modules, the progress matrix,
 * the attendance summary, tandem meetings, overrides — whatever the number of people (500 in a
 * few hundred milliseconds), then decided per person by eligibility.rules.
 */
@Injectable()
export class CertificatesService {
  constructor(
    @Inject(CertificatesRepository) private readonly repo: CertificatesQueries,
    @Inject(ProgressRepository) private readonly progress: ProgressQueries,
    @Inject(AttendanceSummaries) private readonly attendance: AttendanceQueries,
    @Inject(CERTIFICATES_CLOCK) private readonly clock: Clock,
  ) {}

  criteria(access: ProgramAccess): Promise<CertificateCriteria> {
    return this.repo.criteriaOf(access.programId);
  }

  /** New criteria; required modules must be published modules of the program (422); read-only when archived. */
  async saveCriteria(access: ProgramAccess, input: CertificateCriteriaInput): Promise<CertificateCriteria> {
    assertNotArchived(access);
    const published = new Set((await this.progress.publishedModules(access.programId)).map((m) => m.id));
    const requiredModuleIds = [...new Set(input.requiredModuleIds)];
    if (requiredModuleIds.some((id) => !published.has(id))) throw notAModuleOfProgram();
    await this.repo.saveCriteria(
      access.programId,
      { ...input, requiredModuleIds, sessionPresenceRatio: input.sessionPresenceRatio ?? DEFAULT_CRITERIA.sessionPresenceRatio },
      access.userId,
    );
    return this.repo.criteriaOf(access.programId);
  }

  /** Every mentor and mentee of the program (only `userIds` when given), by name, with what she misses. */
  async eligibility(access: ProgramAccess, userIds: string[] | null = null): Promise<CertificateEligibility[]> {
    const programId = access.programId;
    const [criteria, published, overrides, meetings] = await Promise.all([
      this.repo.criteriaOf(programId),
      this.progress.publishedModules(programId),
      this.repo.overridesOf(programId),
      this.repo.tandemMeetings(programId),
    ]);
    // A required module unpublished since cannot be completed: it stays required, with no lessons done.
    const byId = new Map(published.map((m) => [m.id, m]));
    const modules: RequiredModule[] = criteria.requiredModuleIds.map(
      (id) => byId.get(id) ?? { id, title: '(nicht veröffentlicht)', lessonCount: Number.MAX_SAFE_INTEGER, assignmentCount: 0 },
    );
    const [people, summary] = await Promise.all([
      this.progress.matrix(
        programId,
        modules.map((m) => m.id),
        { userIds, tandemId: null },
      ),
      this.attendance.summaryOfProgram(programId, criteria.sessionPresenceRatio, this.clock.now(), userIds ? { userIds } : {}),
    ]);
    const attendanceOf = new Map(summary.people.map((p) => [p.userId, p]));
    return people.map((person) => {
      const seen = attendanceOf.get(person.userId);
      return eligibilityOf(
        {
          userId: person.userId,
          displayName: person.displayName,
          role: person.role,
          lessonsDone: person.lessons,
          approved: person.approved,
          sessionsAttended: seen?.sessionsAttended ?? 0,
          sessionsHeld: seen?.sessionsHeld ?? summary.sessions.length,
          minutesPresent: seen?.minutesPresent ?? 0,
          tandemMeetings: meetings.get(person.userId) ?? 0,
        },
        criteria,
        modules,
        overrides.get(person.userId) ?? null,
      );
    });
  }

  /** Issue anyway (allow) or never (block), with a reason; only for the program's mentors and mentees (404). */
  async setOverride(access: ProgramAccess, userId: string, body: CertificateOverrideRequest): Promise<void> {
    assertNotArchived(access);
    if (!(await this.repo.isParticipant(access.programId, userId))) throw notAParticipant();
    await this.repo.saveOverride(access.programId, userId, body, access.userId);
  }

  async removeOverride(access: ProgramAccess, userId: string): Promise<void> {
    assertNotArchived(access);
    if (!(await this.repo.removeOverride(access.programId, userId))) throw overrideNotFound();
  }
}
