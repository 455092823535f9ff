import { eligibilityOf, sessionsNeeded, type PersonFacts, type RequiredModule } from './eligibility.rules';

const modules: RequiredModule[] = [
  { id: 'm1', title: 'Die eigene Facebook-Seite', lessonCount: 3, assignmentCount: 1 },
  { id: 'm2', title: 'Instagram-Stories für den Wahlkreis', lessonCount: 2, assignmentCount: 2 },
];
const criteria = { minAttendanceRatio: 0.6, requireApprovedAssignments: true, minTandemMeetings: 3 };
const facts = (over: Partial<PersonFacts> = {}): PersonFacts => ({
  userId: 'u1',
  displayName: 'Gisela Brandt',
  role: 'mentee',
  lessonsDone: [3, 2],
  approved: [1, 2],
  sessionsAttended: 3,
  sessionsHeld: 5,
  minutesPresent: 240,
  tandemMeetings: 3,
  ...over,
});

describe('eligibilityOf', () => {
  it('is eligible with nothing missing when every criterion is met', () => {
    const result = eligibilityOf(facts(), criteria, modules, null);
    expect(result).toMatchObject({ eligible: true, missing: [], override: null });
    expect(result.progress).toEqual({
      modulesCompleted: 2,
      modulesRequired: 2,
      sessionsAttended: 3,
      sessionsHeld: 5,
      minutesPresent: 240,
      assignmentsApproved: 3,
      assignmentsRequired: 3,
      tandemMeetings: 3,
    });
  });

  it('says in plain German what each criterion misses', () => {
    const result = eligibilityOf(
      facts({ lessonsDone: [3, 1], approved: [1, 0], sessionsAttended: 2, tandemMeetings: 1 }),
      criteria,
      modules,
      null,
    );
    expect(result.eligible).toBe(false);
    expect(result.missing).toEqual([
      { code: 'modules', message: '1 von 2 Pflichtmodulen abgeschlossen; es fehlt: „Instagram-Stories für den Wahlkreis“' },
      { code: 'attendance', message: '2 von 5 Live-Seminaren besucht, 3 nötig' },
      { code: 'assignments', message: '1 von 3 Aufgaben der Pflichtmodule im Tandem freigegeben' },
      { code: 'meetings', message: '1 von 3 Tandemtreffen eingetragen' },
    ]);
  });

  it('does not ask for assignments unless the criteria do, and counts no more approvals than a module has', () => {
    const result = eligibilityOf(facts({ approved: [5, 0] }), { ...criteria, requireApprovedAssignments: false }, modules, null);
    expect(result.eligible).toBe(true);
    expect(result.progress).toMatchObject({ assignmentsApproved: 1, assignmentsRequired: 0 });
  });

  it('issues anyway for an allow-listed person (what she misses stays visible) and never for a blocked one', () => {
    const allowed = eligibilityOf(facts({ tandemMeetings: 0 }), criteria, modules, { kind: 'allow', reason: 'Krankheit' });
    expect(allowed.eligible).toBe(true);
    expect(allowed.missing.map((m) => m.code)).toEqual(['meetings']);
    const blocked = eligibilityOf(facts(), criteria, modules, { kind: 'block', reason: 'Programm abgebrochen' });
    expect(blocked.eligible).toBe(false);
    expect(blocked.missing).toEqual([{ code: 'blocked', message: 'Von der Koordination gesperrt: Programm abgebrochen' }]);
  });

  it('needs no sessions when none were held, and no modules when none are required', () => {
    expect(eligibilityOf(facts({ sessionsHeld: 0, sessionsAttended: 0, lessonsDone: [], approved: [] }), criteria, [], null).eligible).toBe(
      true,
    );
  });
});

describe('sessionsNeeded', () => {
  it('rounds a share of the held sessions up, without floating point surprises', () => {
    expect(sessionsNeeded(5, 0.6)).toBe(3);
    expect(sessionsNeeded(10, 0.7)).toBe(7);
    expect(sessionsNeeded(4, 2 / 3)).toBe(3);
    expect(sessionsNeeded(3, 1)).toBe(3);
    expect(sessionsNeeded(0, 0.8)).toBe(0);
    expect(sessionsNeeded(7, 0)).toBe(0);
  });
});
