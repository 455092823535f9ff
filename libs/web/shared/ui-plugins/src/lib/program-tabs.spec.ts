import { DestroyRef, inject, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TITLE_TEXT } from '@ecampus/web/shared/util-i18n';
import { type ProgramTab, injectProgramTabBadges, programTabRoutes, provideProgramTab, visibleProgramTabs } from './program-tabs';

const tab = (testId: string, order: number, visibleTo?: ProgramTab['visibleTo'], path = testId): ProgramTab => ({
  path,
  label: { de: testId, en: testId },
  order,
  testId,
  visibleTo,
  loadChildren: () => [],
});

describe('program tabs', () => {
  const overview = tab('overview', 0, undefined, '');
  const mine = tab('mine', 10, ['mentor', 'mentee']);
  const staff = tab('staff', 20, ['coordinator', 'trainer', 'admin']);
  const manage = tab('manage', 30, ['coordinator', 'admin']);
  const all = [manage, staff, overview, mine];
  const ids = (tabs: ProgramTab[]) => tabs.map((t) => t.testId);

  it('shows every member the tabs without an audience, and the others by role, in their order', () => {
    expect(ids(visibleProgramTabs(all, { roles: ['mentee'], isAdmin: false }))).toEqual(['overview', 'mine']);
    expect(ids(visibleProgramTabs(all, { roles: ['trainer'], isAdmin: false }))).toEqual(['overview', 'staff']);
    expect(ids(visibleProgramTabs(all, { roles: ['coordinator', 'mentor'], isAdmin: false }))).toEqual([
      'overview',
      'mine',
      'staff',
      'manage',
    ]);
  });

  it("gives administrators the tabs meant for 'admin' without a role in the program", () => {
    expect(ids(visibleProgramTabs(all, { roles: [], isAdmin: true }))).toEqual(['overview', 'staff', 'manage']);
    expect(ids(visibleProgramTabs(all, { roles: [], isAdmin: false }))).toEqual(['overview']);
  });

  it('mounts the registered tabs that have routes, the start tab on the exact path, each titled by its label', () => {
    TestBed.configureTestingModule({
      providers: [provideProgramTab(staff), provideProgramTab(overview), provideProgramTab({ ...mine, loadChildren: undefined })],
    });
    const routes = TestBed.runInInjectionContext(programTabRoutes);
    expect(routes.map((r) => [r.path, r.pathMatch])).toEqual([
      ['', 'full'],
      ['staff', undefined],
    ]);
    expect(routes[1]?.data?.[TITLE_TEXT]).toEqual({ de: 'staff', en: 'staff' });
    expect(routes[1]?.loadChildren).toBe(staff.loadChildren);
  });

  it('mounts nothing when no domain registered a tab', () => {
    expect(TestBed.runInInjectionContext(programTabRoutes)).toEqual([]);
  });

  it("makes each tab's badge in the caller's injection context, once per call", () => {
    const waiting = signal<Record<string, number>>({ p1: 3 });
    let made = 0;
    const review: ProgramTab = {
      ...staff,
      path: 'pruefen',
      badge: () => {
        made++;
        inject(DestroyRef); // a badge may learn how long the page that shows it lives
        return {
          count: (programId) => waiting()[programId] ?? 0,
          label: (count) => ({ de: `${count} warten`, en: `${count} waiting` }),
          testId: 'review-count-badge',
        };
      },
    };
    TestBed.configureTestingModule({ providers: [provideProgramTab(overview), provideProgramTab(review)] });
    const badges = TestBed.runInInjectionContext(injectProgramTabBadges);
    expect([...badges.keys()]).toEqual(['pruefen']);
    expect(made).toBe(1);
    const badge = badges.get('pruefen');
    expect([badge?.count('p1'), badge?.count('p2')]).toEqual([3, 0]);
    waiting.set({ p1: 0, p2: 1 });
    expect([badge?.count('p1'), badge?.count('p2')]).toEqual([0, 1]);
    expect(badge?.label(1)).toEqual({ de: '1 warten', en: '1 waiting' });
  });
});
