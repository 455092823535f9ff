import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { createEnvironmentInjector, EnvironmentInjector, runInInjectionContext } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PROGRAM_TABS, visibleProgramTabs } from '@ecampus/web/shared/ui-plugins';
import { provideCurriculum, reviewCountBadge } from './plugin';

const tick = () => new Promise((resolve) => setTimeout(resolve));

describe('provideCurriculum', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideCurriculum(), provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('registers "Module" and "Fortschritt" for every member and "Prüfen" for staff', () => {
    const tabs = TestBed.inject(PROGRAM_TABS);
    const ids = (roles: ('mentee' | 'trainer' | 'coordinator')[], isAdmin = false) =>
      visibleProgramTabs(tabs, { roles, isAdmin }).map((t) => [t.testId, t.path]);
    expect(ids(['mentee'])).toEqual([
      ['tab-modules', 'module'],
      ['tab-progress', 'fortschritt'],
    ]);
    expect(ids(['trainer'])).toEqual([
      ['tab-modules', 'module'],
      ['tab-review', 'pruefen'],
      ['tab-progress', 'fortschritt'],
    ]);
    expect(ids(['coordinator'])).toEqual(ids(['trainer']));
    expect(ids([], true)).toEqual(ids(['trainer']));
  });

  it("counts the caller's waiting submissions per program while a page shows the badge", async () => {
    const page = createEnvironmentInjector([], TestBed.inject(EnvironmentInjector));
    const badge = runInInjectionContext(page, reviewCountBadge);
    http.expectOne('/api/me/review-counts').flush({
      total: 4,
      programs: [
        { programId: 'p1', waiting: 1 },
        { programId: 'p2', waiting: 3 },
      ],
    });
    await tick();
    expect([badge.count('p1'), badge.count('p2'), badge.count('p3')]).toEqual([1, 3, 0]);
    expect(badge.label(1)).toEqual({ de: '1 Abgabe wartet auf Prüfung', en: '1 submission waiting for review' });
    expect(badge.label(3)).toEqual({ de: '3 Abgaben warten auf Prüfung', en: '3 submissions waiting for review' });
    expect(badge.testId).toBe('review-count-badge');

    page.destroy();
    expect(badge.count('p2')).toBe(0);
  });
});
