import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { adminSectionRoutes, injectAdminSections, provideAdminSection } from './admin-sections';

@Component({ selector: 'ec-accounts-section', changeDetection: ChangeDetectionStrategy.OnPush, template: 'Konten' })
class AccountsSection {}

describe('administration sections', () => {
  it('mounts the registered sections in their order, leads the bare path to the first, titles each by its label', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideTestI18n(),
        provideAdminSection({
          path: 'konten',
          label: { de: 'Konten', en: 'Accounts' },
          order: 20,
          testId: 'admin-accounts',
          loadChildren: () => Promise.resolve([{ path: '', component: AccountsSection }]),
        }),
        provideAdminSection({
          path: 'programme',
          label: { de: 'Programme', en: 'Programs' },
          order: 10,
          testId: 'admin-programs',
          loadChildren: () => [],
        }),
        provideRouter([{ path: 'verwaltung', loadChildren: adminSectionRoutes }]),
      ],
    });
    expect(TestBed.runInInjectionContext(injectAdminSections).map((s) => s.testId)).toEqual(['admin-programs', 'admin-accounts']);
    const routes = TestBed.runInInjectionContext(adminSectionRoutes);
    expect(routes.map((r) => [r.path, r.redirectTo])).toEqual([
      ['', 'programme'],
      ['programme', undefined],
      ['konten', undefined],
    ]);

    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/verwaltung/konten', AccountsSection);
    await harness.fixture.whenStable();
    expect(harness.routeNativeElement?.textContent).toContain('Konten');
    expect(TestBed.inject(Title).getTitle()).toBe('Konten – eCampus');
  });

  it('mounts nothing when no domain registered a section', () => {
    expect(TestBed.runInInjectionContext(adminSectionRoutes)).toEqual([]);
  });
});
