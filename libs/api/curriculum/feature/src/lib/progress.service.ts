import { Inject, Injectable } from '@nestjs/common';
import { ProgramAccessService, tandemNotFound, type ProgramAccess } from '@ecampus/api/programs/access';
import type { ProgressCell, ProgressMatrix, ProgressQuery, ProgressRow, TandemProgress } from '@ecampus/shared/contracts';
import { isStaff, moduleCompleted } from './curriculum.rules';
import { progressCsv, progressFileName } from './progress-csv';
import { ProgressRepository, type ProgressModuleRow, type ProgressPersonRow, type ProgressScope } from '@ecampus/api/curriculum/progress';

export type ProgressQueries = Pick<ProgressRepository, 'publishedModules' | 'matrix' | 'programTitle'>;
export type TandemLookups = Pick<ProgramAccessService, 'tandemAccess'>;

/** The matrix as a downloadable file. */
export interface ProgressFile {
  fileName: string;
  content: string;
}

/** Cells, per-person totals and per-tandem totals from the repository's rows (pure; the bench copies it). */
export function toProgressMatrix(programId: string, modules: ProgressModuleRow[], people: ProgressPersonRow[]): ProgressMatrix {
  const rows: ProgressRow[] = people.map((p) => {
    let modulesCompleted = 0;
    const cells: ProgressCell[] = modules.map((m, i) => {
      const lessonsCompleted = p.lessons[i] ?? 0;
      const assignmentsApproved = p.approved[i] ?? 0;
      const completed = moduleCompleted({
        lessonCount: m.lessonCount,
        lessonsCompleted,
        assignmentCount: m.assignmentCount,
        assignmentsApproved,
      });
      if (completed) modulesCompleted += 1;
      return { moduleId: m.id, lessonsCompleted, assignmentsApproved, completed };
    });
    return { userId: p.userId, displayName: p.displayName, role: p.role, tandemId: p.tandemId, cells, modulesCompleted };
  });

  // A tandem counts when both partners are among the rows with it as their current tandem.
  const sides = new Map<string, { mentor?: ProgressRow; mentee?: ProgressRow }>();
  for (const row of rows) {
    if (!row.tandemId) continue;
    const pair = sides.get(row.tandemId) ?? {};
    pair[row.role] = row;
    sides.set(row.tandemId, pair);
  }
  const tandems: TandemProgress[] = [];
  for (const [tandemId, { mentor, mentee }] of sides) {
    if (!mentor || !mentee) continue;
    tandems.push({
      tandemId,
      mentor: { userId: mentor.userId, displayName: mentor.displayName },
      mentee: { userId: mentee.userId, displayName: mentee.displayName },
      modulesCompletedByBoth: mentor.cells.filter((c, i) => c.completed && mentee.cells[i].completed).length,
    });
  }

  return {
    programId,
    modules: modules.map((m) => ({
      id: m.id,
      title: m.title,
      position: m.position,
      lessonCount: m.lessonCount,
      assignmentCount: m.assignmentCount,
    })),
    rows,
    tandems,
  };
}

/** Today in Berlin as `YYYY-MM-DD` (the export's file name). */
const berlinDay = (now: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);

/**
 * Progress (issue 8, item 5): staff see every mentor and mentee of the program, participants
 * themselves and their current tandem partner. Three statements whatever the program's size: the
 * caller's standing (route guard), the module columns, the matrix.
 */
@Injectable()
export class ProgressService {
  constructor(
    @Inject(ProgressRepository) private readonly progress: ProgressQueries,
    @Inject(ProgramAccessService) private readonly programs: TandemLookups,
  ) {}

  async matrix(access: ProgramAccess, query: ProgressQuery): Promise<ProgressMatrix> {
    const scope = await this.scopeOf(access, query.tandemId?.toLowerCase() ?? null);
    const modules = await this.progress.publishedModules(access.programId);
    const people = await this.progress.matrix(
      access.programId,
      modules.map((m) => m.id),
      scope,
    );
    return toProgressMatrix(access.programId, modules, people);
  }

  /** The same matrix as a CSV file. */
  async csv(access: ProgramAccess, query: ProgressQuery, now = new Date()): Promise<ProgressFile> {
    const [matrix, title] = await Promise.all([this.matrix(access, query), this.progress.programTitle(access.programId)]);
    return { fileName: progressFileName(title, berlinDay(now)), content: progressCsv(matrix) };
  }

  /**
   * Whom the caller may see. A tandem filter names a tandem of this program the caller may know
   * (staff: any; participants: their own, as `GET /api/tandems/:id`), else 404 like an unknown one.
   */
  private async scopeOf(access: ProgramAccess, tandemId: string | null): Promise<ProgressScope> {
    if (tandemId) {
      const known = await this.programs.tandemAccess({ id: access.userId, isAdmin: access.isAdmin }, tandemId);
      if (known.tandem.programId !== access.programId) throw tandemNotFound();
    }
    if (isStaff(access)) return { userIds: null, tandemId };
    const own = access.currentTandem;
    const partner = own ? (own.mentorId === access.userId ? own.menteeId : own.mentorId) : null;
    return { userIds: partner ? [access.userId, partner] : [access.userId], tandemId };
  }
}
