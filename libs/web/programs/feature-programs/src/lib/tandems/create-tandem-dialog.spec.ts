import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialogRef } from '@angular/material/dialog';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { ProgramStore } from '@ecampus/web/programs/data-access';
import { aMember, aProgram, aTandem } from '@ecampus/web/programs/data-access/testing';
import { CreateTandemDialog } from './create-tandem-dialog';
import { PROGRAMS_I18N } from '@ecampus/web/programs/ui';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { listOf } from '@ecampus/shared/contracts';

const tick = () => new Promise((resolve) => setTimeout(resolve));

describe('CreateTandemDialog', () => {
  let http: HttpTestingController;
  let close: jest.Mock;

  async function render() {
    localStorage.clear();
    close = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        provideTestI18n(PROGRAMS_I18N),
        ProgramStore,
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const store = TestBed.inject(ProgramStore);
    const loaded = store.load('p1');
    http.expectOne('/api/programs/p1').flush(aProgram());
    await loaded;
    const members = store.loadMembers();
    http
      .expectOne('/api/programs/p1/members')
      .flush(
        listOf([
          aMember({ userId: 'mentor-free', displayName: 'Mia Mentorin', roles: ['mentor'] }),
          aMember({ userId: 'mentor-busy', displayName: 'Bea Belegt', roles: ['mentor'], tandemId: 't0' }),
          aMember({ userId: 'mentee-free', displayName: 'Erika Mentee', roles: ['mentee'] }),
          aMember({ userId: 'coord', displayName: 'Clara', roles: ['coordinator'] }),
        ]),
      );
    await members;
    const fixture = TestBed.createComponent(CreateTandemDialog);
    await fixture.whenStable();
    return fixture;
  }

  afterEach(() => http.verify());

  it('offers only members of the fitting role who are not in a tandem', async () => {
    const fixture = await render();
    const store = TestBed.inject(ProgramStore);
    expect(store.unpairedMentors().map((m) => m.userId)).toEqual(['mentor-free']);
    expect(store.unpairedMentees().map((m) => m.userId)).toEqual(['mentee-free']);
    expect(fixture.nativeElement.textContent).not.toContain('Keine freie Mentee.');
  });

  it('asks for both people before sending anything', async () => {
    const fixture = await render();
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('[data-testid="create-tandem-submit"]')?.click();
    await fixture.whenStable();
    http.expectNone('/api/programs/p1/tandems');
    expect(fixture.nativeElement.textContent).toContain('Bitte eine Mentorin oder einen Mentor wählen.');
    expect(fixture.nativeElement.textContent).toContain('Bitte eine Mentee wählen.');
  });

  it('creates the tandem and closes with it', async () => {
    const fixture = await render();
    const form = fixture.componentInstance.form;
    form.setValue({ mentorId: 'mentor-free', menteeId: 'mentee-free', goals: '  Instagram lernen ' });
    const done = fixture.componentInstance.submit();
    const req = http.expectOne({ method: 'POST', url: '/api/programs/p1/tandems' });
    expect(req.request.body).toEqual({ mentorId: 'mentor-free', menteeId: 'mentee-free', goals: 'Instagram lernen' });
    const tandem = aTandem({ mentor: { userId: 'mentor-free', displayName: 'Mia Mentorin', email: 'm@x' } });
    req.flush(tandem);
    await done;
    expect(close).toHaveBeenCalledWith(tandem);
  });

  it("shows the server's refusal: field messages at the field, others above the buttons", async () => {
    const fixture = await render();
    fixture.componentInstance.form.setValue({ mentorId: 'mentor-free', menteeId: 'mentee-free', goals: '' });
    let done = fixture.componentInstance.submit();
    http
      .expectOne('/api/programs/p1/tandems')
      .flush(
        { statusCode: 422, code: 'already_in_active_tandem', message: 'Erika Mentee ist schon in einem aktiven Tandem dieses Programms' },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await done;
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('[data-testid="create-tandem-error"]')?.textContent).toContain('schon in einem aktiven Tandem');
    expect(close).not.toHaveBeenCalled();

    done = fixture.componentInstance.submit();
    http
      .expectOne('/api/programs/p1/tandems')
      .flush(
        { statusCode: 400, code: 'validation_failed', message: 'Ungültig', fields: { menteeId: 'Bitte eine gültige ID angeben' } },
        { status: 400, statusText: 'Bad Request' },
      );
    await done;
    await tick();
    await fixture.whenStable();
    expect(fixture.componentInstance.form.controls.menteeId.getError('server')).toBe('Bitte eine gültige ID angeben');
    expect(el.textContent).toContain('Bitte eine gültige ID angeben');
  });
});
