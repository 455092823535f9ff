import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { type NavEntry, injectNavEntries, navEntryRoutes, provideNavEntry, visibleNavEntries } from './nav-entries';

@Component({ selector: 'ec-library-page', changeDetection: ChangeDetectionStrategy.OnPush, template: 'Bibliothek' })
class LibraryPage {}

describe('navigation entries', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideTestI18n(),
        provideNavEntry({
          path: 'bibliothek',
          label: { de: 'Bibliothek', en: 'Library' },
          icon: 'program',
          order: 20,
          testId: 'nav-library',
          loadChildren: () => Promise.resolve([{ path: '', component: LibraryPage }]),
        }),
        provideNavEntry({
          path: 'termine',
          label: { de: 'Termine', en: 'Events' },
          icon: 'program',
          order: 10,
          testId: 'nav-events',
          loadChildren: () => [],
        }),
        // As in app.routes.ts: the registered pages are a `path: ''` child of the signed-in shell.
        provideRouter([{ path: '', loadChildren: navEntryRoutes }]),
      ],
    });
  });

  it('lists the registered entries in their order', () => {
    expect(TestBed.runInInjectionContext(injectNavEntries).map((e) => e.testId)).toEqual(['nav-events', 'nav-library']);
  });

  it("puts an entry's guards on its route", () => {
    const guard = () => false;
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [
        provideNavEntry({
          path: 'verwaltung',
          label: { de: 'Verwaltung', en: 'Administration' },
          icon: 'settings',
          order: 90,
          testId: 'nav-admin',
          canMatch: [guard],
          loadChildren: () => [],
        }),
      ],
    });
    const [route] = TestBed.runInInjectionContext(navEntryRoutes);
    expect(route?.canMatch).toEqual([guard]);
  });

  it("mounts each entry's page at its path, titled by its label", async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/bibliothek', LibraryPage);
    await harness.fixture.whenStable();
    expect(harness.routeNativeElement?.textContent).toContain('Bibliothek');
    expect(TestBed.inject(Title).getTitle()).toBe('Bibliothek – eCampus');
  });

  it('shows entries meant for administrators to administrators only', () => {
    const entry = (testId: string, order: number, visibleTo?: NavEntry['visibleTo']): NavEntry => ({
      path: testId,
      label: { de: testId, en: testId },
      icon: 'program',
      order,
      testId,
      visibleTo,
      loadChildren: () => [],
    });
    const entries = [entry('admin', 90, ['admin']), entry('library', 20), entry('events', 10)];
    expect(visibleNavEntries(entries, { isAdmin: false }).map((e) => e.testId)).toEqual(['events', 'library']);
    expect(visibleNavEntries(entries, { isAdmin: true }).map((e) => e.testId)).toEqual(['events', 'library', 'admin']);
  });
});
