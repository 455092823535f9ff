import { Inject, Injectable } from '@nestjs/common';
import { assertNotArchived, type Caller, type ProgramAccess } from '@ecampus/api/programs/access';
import { AssignmentsRepository, type AssignmentRow } from './assignments.repository';
import { CurriculumAccess } from './curriculum-access';
import { assignmentNotFound, moduleLocked, noTandem, onlyStaff, onlySubmitters } from './curriculum.errors';
import { isParticipant, isStaff, lockOf } from './curriculum.rules';
import { ModulesRepository } from './modules.repository';

/** What access needs of the repositories and of the curriculum's program lookup (unit specs fake exactly this). */
export type AssignmentLookups = Pick<AssignmentsRepository, 'findAssignment'>;
export type ModuleLists = Pick<ModulesRepository, 'listModules'>;
export type ProgramLookup = Pick<CurriculumAccess, 'inProgram'>;

export interface AssignmentAccessResult {
  assignment: AssignmentRow;
  access: ProgramAccess;
  staff: boolean;
}

/**
 * Who may know an assignment: like its module — members of the program (and admins), and in a
 * draft module only staff; everyone else gets the 404 of an unknown assignment. Staff-only actions
 * answer 403 to participants who see it and 422 `program_archived` in an archived program.
 */
@Injectable()
export class AssignmentAccess {
  constructor(
    @Inject(AssignmentsRepository) private readonly assignments: AssignmentLookups,
    @Inject(ModulesRepository) private readonly modules: ModuleLists,
    @Inject(CurriculumAccess) private readonly programs: ProgramLookup,
  ) {}

  async toAssignment(caller: Caller, assignmentId: string): Promise<AssignmentAccessResult> {
    const assignment = await this.assignments.findAssignment(assignmentId);
    if (!assignment) throw assignmentNotFound();
    const access = await this.programs.inProgram(caller, assignment.programId, assignmentNotFound);
    const staff = isStaff(access);
    if (!staff && assignment.moduleStatus !== 'published') throw assignmentNotFound();
    return { assignment, access, staff };
  }

  async toEditAssignment(caller: Caller, assignmentId: string): Promise<AssignmentAccessResult> {
    const found = await this.toAssignment(caller, assignmentId);
    if (!found.staff) throw onlyStaff();
    assertNotArchived(found.access);
    return found;
  }

  /**
   * 403 `module_locked` while the assignment's module is locked for the caller (release date ahead,
   * prerequisite not completed); never for staff (participants never see drafts).
   */
  async assertOpen({ assignment, access, staff }: AssignmentAccessResult, now = new Date()): Promise<void> {
    if (staff) return;
    const modules = await this.modules.listModules(assignment.programId, access.userId, false);
    const row = modules.find((m) => m.id === assignment.moduleId);
    if (!row) throw assignmentNotFound();
    if (lockOf(row, modules, false, now)) throw moduleLocked();
  }

  /**
   * Her current tandem's id, when the caller may hand in for the assignment (a submission or an
   * upload): a mentor or mentee (staff only: 403 `not_a_participant`), program not archived (422),
   * with a current tandem (422 `no_tandem`), the module published and open to her (403 `module_locked`).
   */
  async toHandInTandem(found: AssignmentAccessResult): Promise<string> {
    const { assignment, access } = found;
    if (!isParticipant(access)) throw onlySubmitters();
    assertNotArchived(access);
    const tandem = access.currentTandem;
    if (!tandem) throw noTandem();
    // Staff who are also mentors see drafts, but nobody hands in to one.
    if (assignment.moduleStatus !== 'published') throw moduleLocked();
    await this.assertOpen(found);
    return tandem.id;
  }
}
