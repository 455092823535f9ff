import { hasAnyRole, type ProgramAccess } from '@ecampus/api/programs/access';
import type { LessonSummary, ModuleLock, ModuleSummary } from '@ecampus/shared/contracts';
import type { LessonSummaryRow } from './lessons.repository';
import type { ModuleRow } from './modules.repository';

/*
 * The pure rules of the curriculum: who counts as staff or participant, when a module is locked,
 * what a valid order and a valid prerequisite are, how history records a change. No I/O: the
 * services call these with what the repository loaded; curriculum.rules.spec.ts tests them alone.
 */

/** Trainers, coordinators and admins see drafts and edit. */
export const isStaff = (access: ProgramAccess): boolean => access.isAdmin || hasAnyRole(access, ['coordinator', 'trainer']);

/** Mentors and mentees work through the curriculum and complete lessons. */
export const isParticipant = (access: ProgramAccess): boolean => hasAnyRole(access, ['mentor', 'mentee']);

/** What decides whether a person completed a module (module list and progress matrix alike). */
export interface ModuleCounts {
  lessonCount: number;
  lessonsCompleted: number;
  assignmentCount: number;
  assignmentsApproved: number;
}

/**
 * A module counts as completed when it has something to do (lessons or assignments), the person
 * completed all its lessons and her tandem's submissions to all its assignments are approved.
 */
export const moduleCompleted = (row: ModuleCounts): boolean =>
  row.lessonCount + row.assignmentCount > 0 && row.lessonsCompleted >= row.lessonCount && row.assignmentsApproved >= row.assignmentCount;

/**
 * Why a published module is not open to a participant yet (null: open). Staff are never locked.
 * `modules` is the list the participant sees (published ones): a prerequisite that is a draft is
 * not in it and does not lock (she could never complete it), nor does one with nothing to do.
 */
export function lockOf(row: ModuleRow, modules: readonly ModuleRow[], staff: boolean, now: Date): ModuleLock | null {
  if (staff) return null;
  const releaseAt = row.releaseAt && row.releaseAt.getTime() > now.getTime() ? row.releaseAt.toISOString() : null;
  const pre = row.prerequisiteModuleId ? modules.find((m) => m.id === row.prerequisiteModuleId && m.status === 'published') : undefined;
  const prerequisite = pre && pre.lessonCount + pre.assignmentCount > 0 && !moduleCompleted(pre) ? { id: pre.id, title: pre.title } : null;
  return releaseAt || prerequisite ? { releaseAt, prerequisite } : null;
}

/** The list item of one module for the caller. */
export function toModuleSummary(row: ModuleRow, modules: readonly ModuleRow[], staff: boolean, now: Date): ModuleSummary {
  return {
    id: row.id,
    programId: row.programId,
    title: row.title,
    summary: row.summary,
    learningGoals: row.learningGoals,
    position: row.position,
    status: row.status,
    releaseAt: row.releaseAt?.toISOString() ?? null,
    prerequisiteModuleId: row.prerequisiteModuleId,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    lessonCount: row.lessonCount,
    estimatedMinutes: row.estimatedMinutes,
    lock: lockOf(row, modules, staff, now),
    progress: {
      lessonsCompleted: row.lessonsCompleted,
      lessonCount: row.lessonCount,
      assignmentsApproved: row.assignmentsApproved,
      assignmentCount: row.assignmentCount,
      completed: moduleCompleted(row),
    },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const toLessonSummary = (l: LessonSummaryRow): LessonSummary => ({
  id: l.id,
  moduleId: l.moduleId,
  title: l.title,
  position: l.position,
  estimatedMinutes: l.estimatedMinutes,
  completed: l.completedAt !== null,
});

/** True when `ids` names every one of `existing` exactly once (and nothing else). */
export function isExactOrder(ids: readonly string[], existing: readonly string[]): boolean {
  const wanted = new Set(ids.map((id) => id.toLowerCase()));
  return wanted.size === ids.length && ids.length === existing.length && existing.every((id) => wanted.has(id.toLowerCase()));
}

export type PrerequisiteProblem = 'self' | 'other_program' | 'cycle';

/**
 * Whether module `moduleId` (null: a new one) may require `prerequisiteId`, given the program's
 * prerequisite edges: not itself, a module of the same program, and no chain leading back to it.
 */
export function prerequisiteProblem(
  moduleId: string | null,
  prerequisiteId: string,
  edges: readonly { id: string; prerequisiteModuleId: string | null }[],
): PrerequisiteProblem | null {
  if (moduleId && prerequisiteId === moduleId) return 'self';
  const next = new Map(edges.map((e) => [e.id, e.prerequisiteModuleId]));
  if (!next.has(prerequisiteId)) return 'other_program';
  if (!moduleId) return null;
  const seen = new Set<string>();
  for (let at: string | null | undefined = prerequisiteId; at; at = next.get(at)) {
    if (at === moduleId) return 'cycle';
    if (seen.has(at)) break; // an existing cycle elsewhere (cannot happen, but never loop)
    seen.add(at);
  }
  return null;
}

/** Long texts in history are shortened to this many characters (plus "…"). */
export const HISTORY_TEXT_MAX = 200;

/** A value as history keeps it: long strings shortened, dates as ISO strings. */
export function historyValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' && value.length > HISTORY_TEXT_MAX) return `${value.slice(0, HISTORY_TEXT_MAX)}…`;
  if (Array.isArray(value)) return value.map(historyValue);
  return value;
}

const same = (a: unknown, b: unknown): boolean =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : JSON.stringify(a) === JSON.stringify(b);

/** Field → { from, to } for every field of `after` that differs from `before` (values shortened). */
export function changesBetween<T extends object>(before: T, after: T): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    if (!same(before[key], after[key])) changes[key] = { from: historyValue(before[key]), to: historyValue(after[key]) };
  }
  return changes;
}
