import { Injectable } from '@nestjs/common';
import {
  ProgramErrorCode,
  TANDEM_STATUS_TRANSITIONS,
  isId,
  type CreateMeetingRequest,
  type CreateTandemRequest,
  type Meeting,
  type Tandem,
  type TandemDetail,
  type TandemStatus,
  type UpdateTandemRequest,
} from '@ecampus/shared/contracts';
import { ProgramAccessService, hasAnyRole, type Caller } from '@ecampus/api/programs/access';
import { forbidden, notFound, ruleViolated, staleUpdate } from './programs.errors';
import { toMeeting, toTandem } from './programs.mapper';
import { ACTIVE_TANDEM_CONFLICT, ProgramsRepository } from './programs.repository';

const TANDEM_STATUS_NAMES: Record<TandemStatus, string> = { active: 'aktiv', paused: 'pausiert', ended: 'beendet' };

const alreadyInActiveTandem = () =>
  ruleViolated(
    ProgramErrorCode.AlreadyInActiveTandem,
    'Mindestens eine der beiden Personen ist in diesem Programm bereits in einem aktiven Tandem.',
  );

/** Tandems and their meeting log. All rules and every authorisation decision live here. */
@Injectable()
export class TandemsService {
  constructor(
    private readonly repo: ProgramsRepository,
    private readonly access: ProgramAccessService,
  ) {}

  /** Coordinators/admins pair a mentor with a mentee of the same program. */
  async createTandem(caller: Caller, programId: string, body: CreateTandemRequest): Promise<Tandem> {
    await this.access.assertRole(caller, programId, ['coordinator']);
    if (body.mentorId === body.menteeId) {
      throw ruleViolated(ProgramErrorCode.SamePerson, 'Mentorin/Mentor und Mentee müssen zwei verschiedene Personen sein.');
    }
    const [mentorRoles, menteeRoles] = await Promise.all([
      this.access.rolesOf(programId, body.mentorId),
      this.access.rolesOf(programId, body.menteeId),
    ]);
    if (!mentorRoles.includes('mentor')) {
      throw ruleViolated(
        ProgramErrorCode.RoleMismatch,
        'Die gewählte Mentorin / der gewählte Mentor ist in diesem Programm nicht als Mentorin/Mentor eingetragen.',
      );
    }
    if (!menteeRoles.includes('mentee')) {
      throw ruleViolated(ProgramErrorCode.RoleMismatch, 'Die gewählte Person ist in diesem Programm nicht als Mentee eingetragen.');
    }
    const id = await this.repo.insertTandem({ programId, mentorId: body.mentorId, menteeId: body.menteeId, goals: body.goals ?? '' });
    if (id === ACTIVE_TANDEM_CONFLICT) throw alreadyInActiveTandem();
    return this.loadTandem(id);
  }

  /** Staff (coordinators, trainers, admins) see all tandems; participants only their own. */
  async listTandems(caller: Caller, programId: string): Promise<Tandem[]> {
    const access = await this.access.accessOf(caller, programId);
    const seesAll = access.isAdmin || hasAnyRole(access, ['coordinator', 'trainer']);
    return (await this.repo.listTandems(programId, seesAll ? undefined : caller.id)).map(toTandem);
  }

  /** The tandem page: partners with contact, the program's coordinators and trainers, what the caller may do. */
  async getTandem(caller: Caller, tandemId: string): Promise<TandemDetail> {
    const ta = await this.access.tandemAccess(caller, tandemId);
    const tandem = await this.loadTandem(ta.tandem.id);
    const [program, coordinators, trainers] = await Promise.all([
      this.repo.findProgram(ta.tandem.programId, caller.id),
      this.repo.listPeopleWithRole(ta.tandem.programId, 'coordinator'),
      this.repo.listPeopleWithRole(ta.tandem.programId, 'trainer'),
    ]);
    const open = tandem.status !== 'ended';
    return {
      ...tandem,
      programTitle: program?.title ?? '',
      coordinators,
      trainers,
      canEditGoals: open && (ta.side !== null || ta.isCoordinator),
      canChangeStatus: open && ta.isCoordinator,
      canLogMeetings: open && ta.side !== null,
    };
  }

  /** Status (with reason when ending): coordinators. Goals: either partner or coordinators. */
  async updateTandem(caller: Caller, tandemId: string, body: UpdateTandemRequest): Promise<Tandem> {
    const ta = await this.access.tandemAccess(caller, tandemId);
    const current = ta.tandem;
    const wantsStatus = body.status !== undefined && body.status !== current.status;
    if ((body.status !== undefined || body.endReason !== undefined) && !ta.isCoordinator) {
      throw forbidden('Den Status eines Tandems ändert nur die Programmleitung.');
    }
    if (body.goals !== undefined && !ta.isCoordinator && ta.side === null) {
      throw forbidden('Die Ziele eines Tandems bearbeiten nur die beiden Tandempartner und die Programmleitung.');
    }
    if (current.status === 'ended') {
      throw ruleViolated(ProgramErrorCode.TandemEnded, 'Dieses Tandem ist beendet und kann nicht mehr geändert werden.');
    }
    if (wantsStatus && !TANDEM_STATUS_TRANSITIONS[current.status].includes(body.status as TandemStatus)) {
      throw ruleViolated(
        ProgramErrorCode.InvalidStatusTransition,
        `Ein Tandem kann nicht von „${TANDEM_STATUS_NAMES[current.status]}“ zu „${TANDEM_STATUS_NAMES[body.status as TandemStatus]}“ wechseln.`,
      );
    }
    const result = await this.repo.updateTandem(
      tandemId,
      { goals: body.goals, ...(wantsStatus ? { status: body.status, endReason: body.endReason ?? null } : {}) },
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
      throw forbidden('Treffen tragen nur die beiden Tandempartner selbst ein.', ProgramErrorCode.NotTandemMember);
    }
    if (ta.tandem.status === 'ended') {
      throw ruleViolated(ProgramErrorCode.TandemEnded, 'Dieses Tandem ist beendet; es können keine Treffen mehr eingetragen werden.');
    }
    const id = await this.repo.insertMeeting({
      tandemId,
      date: body.date,
      format: body.format,
      durationMinutes: body.durationMinutes,
      notes: body.notes ?? '',
      createdBy: caller.id,
    });
    const [row] = await this.repo.listMeetings(tandemId, id);
    if (!row) throw notFound('Dieses Treffen gibt es nicht.');
    return toMeeting(row);
  }

  /** The meeting log: the two partners, the program's coordinators and admins (not trainers). */
  async listMeetings(caller: Caller, tandemId: string): Promise<Meeting[]> {
    const ta = await this.access.tandemAccess(caller, tandemId);
    if (ta.side === null && !ta.isCoordinator) {
      throw forbidden('Das Treffen-Protokoll sehen nur das Tandem selbst und die Programmleitung.');
    }
    return (await this.repo.listMeetings(tandemId)).map(toMeeting);
  }

  private async loadTandem(tandemId: string): Promise<Tandem> {
    const row = isId(tandemId) ? await this.repo.findTandem(tandemId) : null;
    if (!row) throw notFound('Dieses Tandem gibt es nicht, oder Sie haben keinen Zugriff darauf.');
    return toTandem(row);
  }
}
