import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import type { ProgramRole } from '@ecampus/shared/contracts';
import { ProgramStore, aProgram } from '@ecampus/web/programs/data-access';
import { ProgramHomePage } from './program-home.page';

const tick = () => new Promise((resolve) => setTimeout(resolve));

describe('ProgramHomePage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [ProgramStore, provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideNoopAnimations()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function tabsFor(roles: ProgramRole[], admin = false): Promise<string[]> {
    TestBed.inject(ProgramStore).setAdmin(admin);
    const fixture = TestBed.createComponent(ProgramHomePage);
    fixture.componentRef.setInput('programId', 'p1');
    fixture.detectChanges();
    http.expectOne('/api/programs/p1').flush(aProgram({ myRoles: roles }));
    await tick();
    await fixture.whenStable();
    const links = (fixture.nativeElement as HTMLElement).querySelectorAll('[mat-tab-link]');
    return Array.from(links).map((a) => a.getAttribute('data-testid') ?? '');
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
