import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef, ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatTabNav } from '@angular/material/tabs';
import { By } from '@angular/platform-browser';
import { Title } from '@angular/platform-browser';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ProgramRole } from '@ecampus/shared/contracts';
import { ProgramStore } from '@ecampus/web/programs/data-access';
import { aProgram } from '@ecampus/web/programs/data-access/testing';
import { PROGRAMS_I18N } from '@ecampus/web/programs/ui';
import { provideProgramTab } from '@ecampus/web/shared/ui-plugins';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { providePrograms } from '../../plugin';
import { programsRoutes } from '../programs.routes';
import { ProgramHomePage } from './program-home-page';

const tick = () => new Promise((resolve) => setTimeout(resolve));
const testIds = (root: HTMLElement) => Array.from(root.querySelectorAll('[mat-tab-link]')).map((a) => a.getAttribute('data-testid') ?? '');

describe('ProgramHomePage', () => {
  let http: HttpTestingController;

  afterEach(() => http.verify());

  describe("with programs' own tabs", () => {
    beforeEach(() => {
      localStorage.clear();
      TestBed.configureTestingModule({
        providers: [
          provideTestI18n(PROGRAMS_I18N),
          providePrograms(),
          ProgramStore,
          provideHttpClient(),
          provideHttpClientTesting(),
          provideRouter([]),
          provideNoopAnimations(),
        ],
      });
      http = TestBed.inject(HttpTestingController);
    });

    async function tabsFor(roles: ProgramRole[], admin = false): Promise<string[]> {
      TestBed.inject(ProgramStore).setAdmin(admin);
      const fixture = TestBed.createComponent(ProgramHomePage);
      fixture.componentRef.setInput('programId', 'p1');
      fixture.detectChanges();
      http.expectOne('/api/programs/p1').flush(aProgram({ myRoles: roles }));
      await tick();
      await fixture.whenStable();
      return testIds(fixture.nativeElement);
    }

    it('gives coordinators members, tandems and settings', async () => {
      expect(await tabsFor(['coordinator'])).toEqual(['tab-overview', 'tab-members', 'tab-tandems', 'tab-settings']);
    });

    it('gives trainers members and tandems to read, no settings', async () => {
      expect(await tabsFor(['trainer'])).toEqual(['tab-overview', 'tab-members', 'tab-tandems']);
    });

    it('gives mentees and mentors their tandem and profile only', async () => {
      expect(await tabsFor(['mentee'])).toEqual(['tab-overview', 'tab-my-tandem', 'tab-profile']);
    });

    it('gives an admin who is not a member the coordinator tabs', async () => {
      expect(await tabsFor([], true)).toEqual(['tab-overview', 'tab-members', 'tab-tandems', 'tab-settings']);
    });

    it('lets the tab row scroll sideways instead of paging the tabs', async () => {
      const fixture = TestBed.createComponent(ProgramHomePage);
      fixture.componentRef.setInput('programId', 'p1');
      fixture.detectChanges();
      http.expectOne('/api/programs/p1').flush(aProgram({ myRoles: ['coordinator'] }));
      await tick();
      await fixture.whenStable();
      const nav = fixture.debugElement.query(By.directive(MatTabNav));
      expect((nav.componentInstance as MatTabNav).disablePagination).toBe(true);
      expect((nav.nativeElement as HTMLElement).parentElement?.classList).toContain('tab-row');
    });

    it('says that an archived program can be read but no longer changed', async () => {
      const fixture = TestBed.createComponent(ProgramHomePage);
      fixture.componentRef.setInput('programId', 'p1');
      fixture.detectChanges();
      http.expectOne('/api/programs/p1').flush(aProgram({ archived: true, archivedAt: '2026-11-27T10:00:00.000Z' }));
      await tick();
      await fixture.whenStable();
      const notice = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="program-archived"]');
      expect(notice?.textContent).toContain('Dieses Programm ist archiviert');
    });

    it("shows the server's message when the program cannot be seen", async () => {
      const fixture = TestBed.createComponent(ProgramHomePage);
      fixture.componentRef.setInput('programId', 'p1');
      fixture.detectChanges();
      http
        .expectOne('/api/programs/p1')
        .flush({ statusCode: 404, code: 'not_found', message: 'Dieses Programm gibt es nicht' }, { status: 404, statusText: 'Not Found' });
      await tick();
      await fixture.whenStable();
      const text = (fixture.nativeElement as HTMLElement).textContent;
      expect(text).toContain('Das Programm konnte nicht geladen werden.');
      expect(text).toContain('Dieses Programm gibt es nicht');
    });
  });

  describe('with a tab another domain registers', () => {
    @Component({
      selector: 'ec-reading-list-tab',
      changeDetection: ChangeDetectionStrategy.OnPush,
      template: '<p data-testid="reading-list">Leseliste des Programms</p>',
    })
    class ReadingListTab {}

    /** New items per program: the tab's count. */
    const unread = signal<Record<string, number>>({});

    beforeEach(() => {
      localStorage.clear();
      TestBed.configureTestingModule({
        providers: [
          provideTestI18n(),
          providePrograms(),
          // What a new domain adds through its provide function; nothing in programs knows it.
          provideProgramTab({
            path: 'leseliste',
            label: { de: 'Leseliste', en: 'Reading list' },
            order: 35,
            testId: 'tab-reading-list',
            visibleTo: ['mentee', 'coordinator'],
            badge: () => ({
              count: (programId) => unread()[programId] ?? 0,
              label: (count) => ({ de: `${count} neue Einträge`, en: `${count} new items` }),
              testId: 'reading-list-badge',
            }),
            loadChildren: () =>
              Promise.resolve([
                { path: '', component: ReadingListTab },
                { path: ':itemId', component: ReadingListTab },
              ]),
          }),
          provideHttpClient(),
          provideHttpClientTesting(),
          provideRouter([{ path: 'programme', children: programsRoutes }], withComponentInputBinding()),
          provideNoopAnimations(),
        ],
      });
      http = TestBed.inject(HttpTestingController);
    });

    async function open(url: string, roles: ProgramRole[]) {
      const harness = await RouterTestingHarness.create();
      await harness.navigateByUrl(url);
      http.expectOne('/api/programs/p1').flush(aProgram({ id: 'p1', myRoles: roles }));
      await tick();
      await harness.fixture.whenStable();
      return harness.routeNativeElement as HTMLElement;
    }

    it('shows it among the tabs by its order, mounts its routes below them and titles the page with its label', async () => {
      const page = await open('/programme/p1/leseliste', ['coordinator']);
      expect(testIds(page)).toEqual(['tab-overview', 'tab-members', 'tab-reading-list', 'tab-tandems', 'tab-settings']);
      const tab = page.querySelector('[data-testid="tab-reading-list"]');
      expect(tab?.getAttribute('href')).toBe('/programme/p1/leseliste');
      expect(tab?.textContent?.trim()).toBe('Leseliste');
      expect(tab?.classList).toContain('mdc-tab--active');
      expect(page.querySelector('[data-testid="reading-list"]')?.textContent).toBe('Leseliste des Programms');
      expect(TestBed.inject(Title).getTitle()).toBe('Leseliste – eCampus');
    });

    it('stays the active tab on its sub-pages, and the overview does not', async () => {
      const page = await open('/programme/p1/leseliste/b1', ['coordinator']);
      expect(page.querySelector('[data-testid="tab-reading-list"]')?.classList).toContain('mdc-tab--active');
      expect(page.querySelector('[data-testid="tab-overview"]')?.classList).not.toContain('mdc-tab--active');
    });

    it("shows the tab's count for this program beside its label, and follows it", async () => {
      unread.set({ p1: 2, p2: 5 });
      const page = await open('/programme/p1/leseliste', ['mentee']);
      const badge = () => page.querySelector('[data-testid="tab-reading-list"] [data-testid="reading-list-badge"]');
      expect(badge()?.textContent?.trim()).toBe('2');
      expect(page.querySelector('[data-testid="tab-reading-list"]')?.textContent).toContain(', 2 neue Einträge');
      unread.set({});
      await TestBed.inject(ApplicationRef).whenStable();
      expect(badge()).toBeNull();
    });

    it('hides it from roles it does not name', async () => {
      const page = await open('/programme/p1', ['trainer']);
      expect(testIds(page)).toEqual(['tab-overview', 'tab-members', 'tab-tandems']);
    });
  });
});
