import { Inject, Injectable } from '@nestjs/common';
import {
  ProgramErrorCode,
  TANDEM_STATUS_TRANSITIONS,
  programRoleLabel,
  t,
  type CreateMeetingRequest,
  type CreateTandemRequest,
  type Meeting,
  type ProgramRole,
  type Tandem,
  type TandemDetail,
  type UpdateTandemRequest,
} from '@ecampus/shared/contracts';
import { ProgramAccessService, assertNotArchived, hasAnyRole, tandemNotFound, type Caller } from '@ecampus/api/programs/access';
import { MeetingsRepository } from './meetings.repository';
import { MembersRepository } from './members.repository';
import { forbidden, notFound, ruleViolated, staleUpdate } from './programs.errors';
import { toMeeting, toTandem } from './programs.mapper';
import { ProgramsRepository } from './programs.repository';
import { tandemStatusName } from './status-names';
import { ACTIVE_TANDEM_CONFLICT, TandemsRepository, type TandemSide } from './tandems.repository';

/** What this service needs of the repositories. */
export type TandemQueries = Pick<TandemsRepository, 'insertTandem' | 'listTandems' | 'findTandem' | 'updateTandem'>;
export type MeetingQueries = Pick<MeetingsRepository, 'insertMeeting' | 'listMeetings'>;
export type ContactQueries = Pick<MembersRepository, 'listPeopleWithRole'>;
export type ProgramTitleQueries = Pick<ProgramsRepository, 'findProgram'>;

const alreadyInActiveTandem = () =>
  ruleViolated(
    ProgramErrorCode.AlreadyInActiveTandem,
    t(
      'Mindestens eine der beiden Personen ist in diesem Programm bereits in einem aktiven Tandem.',
      'At least one of the two people is already in an active tandem in this program.',
    ),
  );

const tandemEnded = () =>
  ruleViolated(
    ProgramErrorCode.TandemEnded,
    t('Dieses Tandem ist beendet und kann nicht mehr geändert werden.', 'This tandem has ended and can no longer be changed.'),
  );

const roleMismatch = (role: ProgramRole) => {
  const label = programRoleLabel(role);
  return ruleViolated(
    ProgramErrorCode.RoleMismatch,
    t(
      `Die gewählte Person hat in diesem Programm nicht die Rolle „${label}“.`,
      `The chosen person does not hold the role “${label}” in this program.`,
    ),
  );
};

/** Tandems and their meeting log. All rules and every authorisation decision live here. */
@Injectable()
export class TandemsService {
  constructor(
    @Inject(TandemsRepository) private readonly tandems: TandemQueries,
    @Inject(MeetingsRepository) private readonly meetings: MeetingQueries,
    @Inject(MembersRepository) private readonly members: ContactQueries,
    @Inject(ProgramsRepository) private readonly programs: ProgramTitleQueries,
    private readonly access: ProgramAccessService,
  ) {}

  /** Coordinators/admins pair a mentor with a mentee of the same program. */
  async createTandem(caller: Caller, programId: string, body: CreateTandemRequest): Promise<Tandem> {
    assertNotArchived(await this.access.assertRole(caller, programId, ['coordinator']));
    if (body.mentorId === body.menteeId) {
      const [mentor, mentee] = [programRoleLabel('mentor'), programRoleLabel('mentee')];
      throw ruleViolated(
        ProgramErrorCode.SamePerson,
        t(`${mentor} und ${mentee} müssen zwei verschiedene Personen sein.`, `${mentor} and ${mentee} must be two different people.`),
      );
    }
    const [mentor, mentee] = await Promise.all([
      this.access.standingOf(programId, body.mentorId),
      this.access.standingOf(programId, body.menteeId),
    ]);
    if (!mentor.roles.includes('mentor')) throw roleMismatch('mentor');
    if (!mentee.roles.includes('mentee')) throw roleMismatch('mentee');
    const id = await this.tandems.insertTandem({ programId, mentorId: body.mentorId, menteeId: body.menteeId, goals: body.goals ?? '' });
    if (id === ACTIVE_TANDEM_CONFLICT) throw alreadyInActiveTandem();
    return this.loadTandem(id);
  }

  /**
   * Staff (coordinators, trainers, admins) see all tandems; participants only their own, on the
   * side whose role they still hold (access follows membership).
   */
  async listTandems(caller: Caller, programId: string): Promise<Tandem[]> {
    const access = await this.access.accessOf(caller, programId);
    const seesAll = access.isAdmin || hasAnyRole(access, ['coordinator', 'trainer']);
    const sides = access.roles.filter((r): r is TandemSide => r === 'mentor' || r === 'mentee');
    return (await this.tandems.listTandems(programId, seesAll ? undefined : { userId: caller.id, sides })).map(toTandem);
  }

  /** The tandem page: partners with contact, the program's coordinators and trainers, what the caller may do. */
  async getTandem(caller: Caller, tandemId: string): Promise<TandemDetail> {
    const ta = await this.access.tandemAccess(caller, tandemId);
    const tandem = await this.loadTandem(ta.tandem.id);
    const [program, coordinators, trainers] = await Promise.all([
      this.programs.findProgram(ta.tandem.programId, caller.id),
      this.members.listPeopleWithRole(ta.tandem.programId, 'coordinator'),
      this.members.listPeopleWithRole(ta.tandem.programId, 'trainer'),
    ]);
    // Nothing changes in an ended tandem or an archived program.
    const writable = tandem.status !== 'ended' && !ta.program.archived;
    return {
      ...tandem,
      programTitle: program?.title ?? '',
      coordinators,
      trainers,
      canEditGoals: writable && (ta.side !== null || ta.isCoordinator),
      canChangeStatus: writable && ta.isCoordinator,
      canLogMeetings: writable && ta.side !== null,
    };
  }

  /** Status (with reason when ending): coordinators. Goals: either partner or coordinators. */
  async updateTandem(caller: Caller, tandemId: string, body: UpdateTandemRequest): Promise<Tandem> {
    const ta = await this.access.tandemAccess(caller, tandemId);
    const current = ta.tandem;
    if ((body.status !== undefined || body.endReason !== undefined) && !ta.isCoordinator) {
      throw forbidden(
        t('Den Status eines Tandems ändert nur die Programmleitung.', 'Only the program coordinators change the status of a tandem.'),
      );
    }
    if (body.goals !== undefined && !ta.isCoordinator && ta.side === null) {
      throw forbidden(
        t(
          'Die Ziele eines Tandems bearbeiten nur die beiden Tandempartner und die Programmleitung.',
          'Only the two tandem partners and the program coordinators edit the goals of a tandem.',
        ),
      );
    }
    assertNotArchived(ta.program);
    if (current.status === 'ended') throw tandemEnded();
    const newStatus = body.status !== undefined && body.status !== current.status ? body.status : undefined;
    if (newStatus && !TANDEM_STATUS_TRANSITIONS[current.status].includes(newStatus)) {
      const [from, to] = [tandemStatusName(current.status), tandemStatusName(newStatus)];
      throw ruleViolated(
        ProgramErrorCode.InvalidStatusTransition,
        t(`Ein Tandem kann nicht von „${from}“ zu „${to}“ wechseln.`, `A tandem cannot change from “${from}” to “${to}”.`),
      );
    }
    const result = await this.tandems.updateTandem(
      tandemId,
      { goals: body.goals, ...(newStatus ? { status: newStatus, endReason: body.endReason ?? null } : {}) },
      current.status,
    );
    if (result === ACTIVE_TANDEM_CONFLICT) throw alreadyInActiveTandem();
    if (result === 'stale') throw staleUpdate();
    return this.loadTandem(tandemId);
  }

  /** Only the tandem's two partners log meetings, and not in an ended tandem. */
  async createMeeting(caller: Caller, tandemId: string, body: CreateMeetingRequest): Promise<Meeting> {
    const ta = await this.access.tandemAccess(caller, tandemId);
    if (ta.side === null) {
      throw forbidden(
        t('Treffen tragen nur die beiden Tandempartner selbst ein.', 'Only the two tandem partners log their meetings.'),
        ProgramErrorCode.NotTandemMember,
      );
    }
    assertNotArchived(ta.program);
    if (ta.tandem.status === 'ended') {
      throw ruleViolated(
        ProgramErrorCode.TandemEnded,
        t(
          'Dieses Tandem ist beendet; es können keine Treffen mehr eingetragen werden.',
          'This tandem has ended; no more meetings can be logged.',
        ),
      );
    }
    const id = await this.meetings.insertMeeting({
      tandemId,
      date: body.date,
      format: body.format,
      durationMinutes: body.durationMinutes,
      notes: body.notes ?? '',
      createdBy: caller.id,
    });
    const [row] = await this.meetings.listMeetings(tandemId, id);
    if (!row) throw notFound(t('Dieses Treffen gibt es nicht.', 'This meeting does not exist.'));
    return toMeeting(row);
  }

  /** The meeting log: the two partners, the program's coordinators and admins (not trainers). */
  async listMeetings(caller: Caller, tandemId: string): Promise<Meeting[]> {
    const ta = await this.access.tandemAccess(caller, tandemId);
    if (ta.side === null && !ta.isCoordinator) {
      throw forbidden(
        t(
          'Das Treffen-Protokoll sehen nur das Tandem selbst und die Programmleitung.',
          'Only the tandem itself and the program coordinators see the meeting log.',
        ),
      );
    }
    return (await this.meetings.listMeetings(tandemId)).map(toMeeting);
  }

  private async loadTandem(tandemId: string): Promise<Tandem> {
    const row = await this.tandems.findTandem(tandemId);
    if (!row) throw tandemNotFound();
    return toTandem(row);
  }
}
