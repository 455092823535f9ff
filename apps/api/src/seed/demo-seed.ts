import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@ecampus/api/platform/config';
import { AccountsService } from '@ecampus/api/identity/accounts';
import { ProgramsService, TandemsService } from '@ecampus/api/programs/feature';
import { ProgramAccessService } from '@ecampus/api/programs/access';
import { Readable } from 'node:stream';
import { AssignmentsService, LessonsService, MaterialsService, ModulesService, SubmissionsService } from '@ecampus/api/curriculum/feature';
import { BUNDESLAENDER, localDateString, type Program, type ProgramRole } from '@ecampus/shared/contracts';
import {
  DEMO_ADMIN,
  DEMO_COORDINATOR,
  DEMO_MENTEES,
  DEMO_MENTORS,
  DEMO_PASSWORD,
  DEMO_PROGRAM,
  DEMO_TANDEMS,
  DEMO_TRAINER,
  type DemoParticipant,
} from './demo-data';
import { DEMO_MODULES, DEMO_PROGRESS_MENTEE, type DemoModule } from './demo-curriculum';
import { DEMO_MATERIAL_FILE_NAME, demoMaterialPdf } from './demo-material';
import { assertDemoAllowed } from './demo-seed-guard';
import { seedLiveSessions } from './demo-live';

interface Caller {
  id: string;
  isAdmin: boolean;
}

/**
 * Loads the demo program through the same services the API uses, so every rule holds for demo
 * data too. Idempotent: whatever exists (accounts, program, roles, tandems, meetings, modules) is
 * kept, only what is missing is created. Returns the lines to print (logins included).
 * Refuses NODE_ENV=production (before touching anything) unless `force` (`--force-demo`).
 */
export async function runDemoSeed(ctx: INestApplicationContext, { force = false }: { force?: boolean } = {}): Promise<string[]> {
  assertDemoAllowed(ctx.get<AppConfig>(APP_CONFIG, { strict: false }), force);
  const accounts = ctx.get(AccountsService, { strict: false });
  const programs = ctx.get(ProgramsService, { strict: false });
  const tandems = ctx.get(TandemsService, { strict: false });
  const db = ctx.get(DataSource, { strict: false });
  const created: string[] = [];

  const ensureUser = async (p: { email: string; displayName: string }): Promise<Caller> => {
    const existing = await accounts.findByEmail(p.email);
    if (existing) return { id: existing.id, isAdmin: existing.isAdmin };
    const user = await accounts.createUser({ email: p.email, displayName: p.displayName, password: DEMO_PASSWORD });
    created.push(p.email);
    return { id: user.id, isAdmin: false };
  };

  // An admin only when none exists (ADMIN_EMAIL may have created one already).
  const adminResult = await accounts.ensureInitialAdmin(DEMO_ADMIN.email, DEMO_PASSWORD);
  if (adminResult === 'created') created.push(DEMO_ADMIN.email);
  const demoAdmin = await accounts.findByEmail(DEMO_ADMIN.email);
  const admins: { id: string; email: string }[] = await db.query(
    `SELECT id, email::text AS email FROM app_user WHERE is_admin ORDER BY created_at, id LIMIT 1`,
  );
  const adminAccount = demoAdmin?.isAdmin ? demoAdmin : admins[0];
  if (!adminAccount) throw new Error('Kein Administrator-Konto vorhanden und keines anlegbar.');
  const admin: Caller = { id: adminAccount.id, isAdmin: true };

  const coordinator = await ensureUser(DEMO_COORDINATOR);
  const trainer = await ensureUser(DEMO_TRAINER);
  const mentees: Awaited<ReturnType<typeof ensureUser>>[] = [];
  for (const m of DEMO_MENTEES) mentees.push(await ensureUser(m));
  const mentors: Awaited<ReturnType<typeof ensureUser>>[] = [];
  for (const m of DEMO_MENTORS) mentors.push(await ensureUser(m));

  // The program, moved to "running" (draft → running is an allowed transition).
  let program: Program | undefined = (await programs.listPrograms(admin, { includeArchived: true })).find(
    (p) => p.title === DEMO_PROGRAM.title,
  );
  const programCreated = !program;
  if (!program) program = await programs.createProgram(admin, DEMO_PROGRAM);
  if (!program.archived && (program.status === 'draft' || program.status === 'open')) {
    program = await programs.updateProgram(admin, program.id, { status: 'running' });
  }
  const programId = program.id;
  // An archived demo program is read-only like any other (an admin archived it): left as it is.
  const archived = program.archived;
  let newTandems = 0;
  let newModules = 0;
  let newSessions = 0;
  if (!archived) {
    // Roles that are still missing.
    const members = await programs.listMembers(admin, programId);
    const holds = (userId: string, role: ProgramRole) => members.some((m) => m.userId === userId && m.roles.includes(role));
    const wanted: [Caller, ProgramRole][] = [
      [coordinator, 'coordinator'],
      [trainer, 'trainer'],
      ...mentees.map((m): [Caller, ProgramRole] => [m, 'mentee']),
      ...mentors.map((m): [Caller, ProgramRole] => [m, 'mentor']),
    ];
    for (const [person, role] of wanted) {
      if (!holds(person.id, role)) await programs.addMember(admin, programId, { userId: person.id, role });
    }

    // Profiles only where the person has not filled one in.
    const participants: [Caller, DemoParticipant][] = [
      ...mentees.map((m, i): [Caller, DemoParticipant] => [m, DEMO_MENTEES[i]]),
      ...mentors.map((m, i): [Caller, DemoParticipant] => [m, DEMO_MENTORS[i]]),
    ];
    for (const [person, data] of participants) {
      const me: Caller = { id: person.id, isAdmin: false };
      const profile = await programs.getMyProfile(me, programId);
      if (!profile.municipality && !profile.bundesland && profile.channels.length === 0) {
        await programs.updateMyProfile(me, programId, data.profile);
      }
    }

    // Tandems with goals and meetings; an existing pair (any status) is left alone.
    const existing = await tandems.listTandems(admin, programId);
    for (const demo of DEMO_TANDEMS) {
      const mentor = mentors[demo.mentor];
      const mentee = mentees[demo.mentee];
      let tandem = existing.find((x) => x.mentor.userId === mentor.id && x.mentee.userId === mentee.id);
      if (!tandem) {
        tandem = await tandems.createTandem(admin, programId, { mentorId: mentor.id, menteeId: mentee.id, goals: demo.goals });
        newTandems += 1;
        // Demo history only: the tandem was formed a week before its first logged meeting.
        const formedDaysAgo = Math.max(0, ...demo.meetings.map((m) => m.daysAgo)) + 7;
        await db.query(`UPDATE tandem SET created_at = now() - make_interval(days => $2) WHERE id = $1`, [tandem.id, formedDaysAgo]);
      }
      if (tandem.meetingCount === 0 && tandem.status !== 'ended') {
        for (const [i, m] of demo.meetings.entries()) {
          // Entered alternately by the two partners, as in real use.
          const by: Caller = { id: i % 2 === 0 ? mentee.id : mentor.id, isAdmin: false };
          await tandems.createMeeting(by, tandem.id, {
            date: localDateString(-m.daysAgo),
            format: m.format,
            durationMinutes: m.durationMinutes,
            notes: m.notes,
          });
        }
      }
    }

    const demoTandems = DEMO_TANDEMS.map((t) => ({
      mentee: { id: mentees[t.mentee].id, isAdmin: false },
      mentor: { id: mentors[t.mentor].id, isAdmin: false },
    }));
    newModules = await seedCurriculum(ctx, programId, { id: trainer.id, isAdmin: false }, mentees[DEMO_PROGRESS_MENTEE], demoTandems);
    newSessions = await seedLiveSessions(ctx, programId, { id: trainer.id, isAdmin: false }, { mentees, mentors });
  }

  const line = (role: string, email: string, note = '') => `  ${role.padEnd(16)} ${email}${note ? `  (${note})` : ''}`;
  const participantNote = (d: DemoParticipant, what: string) =>
    `${what}${d.profile.office ? `, ${d.profile.office}` : ''}, ${d.profile.municipality}, ${BUNDESLAENDER[d.profile.bundesland]}`;
  return [
    `Demo-Programm „${DEMO_PROGRAM.title}“: ${programCreated ? 'angelegt' : archived ? 'archiviert, bleibt unverändert' : 'war schon vorhanden'}` +
      ` (${created.length} neue Konten, ${newTandems} neue Tandems, ${newModules} neue Module, ${newSessions} neue Live-Seminare).`,
    `Demo-Anmeldungen (Passwort für alle Demo-Konten: ${DEMO_PASSWORD}):`,
    demoAdmin?.isAdmin
      ? line('Administration', DEMO_ADMIN.email)
      : line('Administration', adminAccount.email, 'vorhandenes Konto, eigenes Passwort'),
    line('Programmleitung', DEMO_COORDINATOR.email),
    line('Training', DEMO_TRAINER.email),
    ...DEMO_MENTEES.map((m) => line('Mentee', m.email, participantNote(m, m.displayName))),
    ...DEMO_MENTORS.map((m) => line('Mentorin', m.email, participantNote(m, m.displayName))),
  ];
}

/**
 * The demo curriculum (demo-curriculum.ts), written by the trainer: modules missing by title are
 * created in order with their lessons and published unless a draft; a module that exists is left
 * as it is (lessons, status and order included). The progress mentee completes the lessons of a
 * first module created in this run. Materials and assignments missing in a demo module (by file
 * name, by title) are added, the latter with the demo tandems' submissions and the trainer's
 * reviews. Returns how many modules were created.
 */
async function seedCurriculum(
  ctx: INestApplicationContext,
  programId: string,
  trainer: Caller,
  progressMentee: Caller,
  tandems: { mentee: Caller; mentor: Caller }[],
): Promise<number> {
  const access = await ctx.get(ProgramAccessService, { strict: false }).accessOf(trainer, programId);
  if (access.archived) return 0;
  const modules = ctx.get(ModulesService, { strict: false });
  const lessons = ctx.get(LessonsService, { strict: false });
  const existing = await modules.listModules(access);
  const ids: string[] = [];
  let created = 0;
  for (const [i, demo] of DEMO_MODULES.entries()) {
    const found = existing.find((m) => m.title === demo.title);
    if (found) {
      ids.push(found.id);
      await seedModuleWork(ctx, trainer, found.id, demo, tandems);
      continue;
    }
    const { id } = await modules.createModule(access, {
      title: demo.title,
      summary: demo.summary,
      learningGoals: demo.learningGoals,
      prerequisiteModuleId: demo.prerequisite === undefined ? null : ids[demo.prerequisite],
    });
    ids.push(id);
    created += 1;
    const lessonIds: string[] = [];
    for (const l of demo.lessons) {
      const lesson = await lessons.createLesson(trainer, id, { title: l.title, body: l.body, estimatedMinutes: l.estimatedMinutes });
      lessonIds.push(lesson.id);
    }
    if (!demo.draft) await modules.setStatus(trainer, id, 'published');
    if (i === 0) for (const lessonId of lessonIds) await lessons.setCompleted(progressMentee, lessonId, true);
    await seedModuleWork(ctx, trainer, id, demo, tandems);
  }
  return created;
}

/**
 * A demo module's handout and assignments, where missing. Submissions are handed in by the
 * tandems (alternating partners) and reviewed by the trainer version by version, so every state —
 * waiting, changes requested, approved after a second version — is in the demo.
 */
async function seedModuleWork(
  ctx: INestApplicationContext,
  trainer: Caller,
  moduleId: string,
  demo: DemoModule,
  tandems: { mentee: Caller; mentor: Caller }[],
): Promise<void> {
  const detail = await ctx.get(ModulesService, { strict: false }).getModule(trainer, moduleId);
  if (demo.withHandout && !detail.materials.some((m) => m.fileName === DEMO_MATERIAL_FILE_NAME)) {
    const pdf = Buffer.from(await demoMaterialPdf());
    await ctx.get(MaterialsService, { strict: false }).addFile(trainer, moduleId, DEMO_MATERIAL_FILE_NAME, Readable.from([pdf]));
  }
  const assignments = ctx.get(AssignmentsService, { strict: false });
  const submissions = ctx.get(SubmissionsService, { strict: false });
  for (const a of demo.assignments ?? []) {
    if (detail.assignments.some((x) => x.title === a.title)) continue;
    const dueAt = new Date(Date.now() + a.dueInDays * 86_400_000).toISOString();
    const assignment = await assignments.createAssignment(trainer, moduleId, {
      title: a.title,
      instructions: a.instructions,
      dueAt,
      submissionKind: a.submissionKind,
    });
    for (const [tandemIndex, steps] of Object.entries(a.submissions ?? {})) {
      const tandem = tandems[Number(tandemIndex)];
      for (const [n, step] of steps.entries()) {
        const author = n % 2 === 0 ? tandem.mentee : tandem.mentor;
        const submission = await submissions.submit(author, assignment.id, { text: step.text, links: step.links });
        if (step.review) await submissions.review(trainer, submission.id, step.review);
      }
    }
  }
}
