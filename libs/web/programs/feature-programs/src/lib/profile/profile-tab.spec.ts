import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import type { ProgramRole } from '@ecampus/shared/contracts';
import { ProfileStore, ProgramStore } from '@ecampus/web/programs/data-access';
import { aProgram } from '@ecampus/web/programs/data-access/testing';
import { ProfileTab } from './profile-tab';
import { PROGRAMS_I18N } from '@ecampus/web/programs/ui';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';

describe('ProfileTab', () => {
  let http: HttpTestingController;

  async function render(roles: ProgramRole[]) {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideTestI18n(PROGRAMS_I18N),
        ProgramStore,
        ProfileStore,
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const loaded = TestBed.inject(ProgramStore).load('p1');
    http.expectOne('/api/programs/p1').flush(aProgram({ myRoles: roles }));
    await loaded;
    const fixture = TestBed.createComponent(ProfileTab);
    fixture.detectChanges();
    await fixture.whenStable();
    return fixture;
  }

  afterEach(() => http.verify());

  it('shows staff (who reach the tab only by URL) that it is not theirs and loads nothing', async () => {
    const fixture = await render(['coordinator']);
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('[data-testid="profile-no-access"]')?.textContent).toContain('nicht sichtbar');
    expect(el.querySelector('[data-testid="profile-form"]')).toBeNull();
    http.expectNone('/api/programs/p1/profile');
  });

  it('loads the profile form for a mentee', async () => {
    const fixture = await render(['mentee']);
    http.expectOne('/api/programs/p1/profile');
    expect((fixture.nativeElement as HTMLElement).querySelector('[data-testid="profile-no-access"]')).toBeNull();
  });
});
