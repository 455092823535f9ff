import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ProgramStore } from '@ecampus/web/programs/data-access';
import { aProgram } from '@ecampus/web/programs/data-access/testing';
import { PROGRAMS_I18N } from '@ecampus/web/programs/ui';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { SettingsTab } from './settings-tab';

describe('SettingsTab', () => {
  let backend: HttpTestingController;

  async function render(admin: boolean, roles: ('coordinator' | 'mentee')[]) {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideTestI18n(PROGRAMS_I18N), ProgramStore, provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    const store = TestBed.inject(ProgramStore);
    store.setAdmin(admin);
    const load = store.load('p1');
    backend.expectOne('/api/programs/p1').flush(aProgram({ myRoles: roles }));
    await load;
    const fixture = TestBed.createComponent(SettingsTab);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const $ = (id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    return { fixture, el, $ };
  }

  afterEach(() => backend.verify());

  it('lets an administrator who is no member edit every field, sending the status only when it changed', async () => {
    const { $, fixture } = await render(true, []);
    expect(($('settings-title') as HTMLInputElement).value).toBe('Politikerinnen ins Netz 2027');
    expect(($('settings-contact-email') as HTMLInputElement).value).toBe('programm@ecampus.example');
    const title = $('settings-title') as HTMLInputElement;
    title.value = 'Politikerinnen ins Netz 2028';
    title.dispatchEvent(new Event('input'));
    $('settings-form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    const req = backend.expectOne('/api/programs/p1');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({
      title: 'Politikerinnen ins Netz 2028',
      description: 'Reverse Mentoring',
      mode: 'reverse',
      startsOn: '2027-03-01',
      endsOn: '2027-12-31',
      applicationDeadline: '2027-01-31',
      freeOfCharge: true,
      timeCommitment: 'etwa vier Stunden im Monat',
      contactName: 'Programmbüro',
      contactEmail: 'programm@ecampus.example',
    });
    req.flush(aProgram({ title: 'Politikerinnen ins Netz 2028', myRoles: [] }));
    await new Promise((resolve) => setTimeout(resolve));
  });

  it('is read-only for members who do not manage the program', async () => {
    const { el, $ } = await render(false, ['mentee']);
    expect($('settings-form')).toBeNull();
    expect(el.textContent).toContain('Nur die Programmleitung kann die Einstellungen ändern.');
  });
});
