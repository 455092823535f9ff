import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { listOf } from '@ecampus/shared/contracts';
import { aLiveModule, aLiveProgram, aLiveSession, aMember } from '@ecampus/web/live/data-access/testing';
import { toInstant } from '@ecampus/web/live/ui';
import { byTestId, configureLiveTest, openPage, settle, type } from '../../testing/schedule-harness';

describe('LiveSessionCreatePage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configureLiveTest('2027-03-01T12:00:00Z');
  });
  afterEach(() => http.verify());

  async function open() {
    const page = await openPage('/programme/p1/live/neu');
    http.expectOne('/api/programs/p1').flush(aLiveProgram({ myRoles: ['trainer'] }));
    http.expectOne('/api/programs/p1/modules').flush(listOf([aLiveModule('m1', 'Medien')]));
    http
      .expectOne((r) => r.url === '/api/programs/p1/members' && r.params.get('role') === 'trainer')
      .flush(listOf([aMember('u1', 'Tanja Trainer', ['trainer'])]));
    http.expectOne((r) => r.url === '/api/programs/p1/members' && r.params.get('role') === 'coordinator').flush(listOf([]));
    await settle(page.harness);
    return page;
  }

  function fill(el: HTMLElement) {
    type(el, 'live-form-title', 'Pressearbeit');
    type(el, 'live-form-date', '1.3.2027');
    type(el, 'live-form-time', '18:00');
  }

  it('creates a session and opens its page', async () => {
    const { el, harness } = await open();
    expect(byTestId(el, 'live-form-module')).not.toBeNull();
    expect(byTestId(el, 'live-form-trainers')).not.toBeNull();
    fill(el);
    await settle(harness);
    byTestId(el, 'live-session-form')?.dispatchEvent(new Event('submit'));
    const req = http.expectOne({ method: 'POST', url: '/api/programs/p1/live-sessions' });
    expect(req.request.body).toEqual({
      title: 'Pressearbeit',
      description: '',
      startsAt: toInstant('2027-03-01', '18:00'),
      durationMinutes: 90,
      moduleId: null,
    });
    req.flush(aLiveSession({ id: 's9', title: 'Pressearbeit', canModerate: true }));
    await settle(harness);
    expect(TestBed.inject(Router).url).toBe('/programme/p1/live/s9');
    http.expectOne('/api/live-sessions/s9').flush(aLiveSession({ id: 's9', title: 'Pressearbeit', canModerate: true }));
    await settle(harness);
    expect(byTestId(el, 'live-session-title')?.textContent).toBe('Pressearbeit');
  });

  it('puts the server’s refusal at its field and keeps the form', async () => {
    const { el, harness } = await open();
    fill(el);
    await settle(harness);
    byTestId(el, 'live-session-form')?.dispatchEvent(new Event('submit'));
    http
      .expectOne({ method: 'POST', url: '/api/programs/p1/live-sessions' })
      .flush(
        { statusCode: 400, code: 'validation', message: 'Ungültig.', fields: { startsAt: 'Der Beginn liegt in der Vergangenheit' } },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle(harness);
    await settle(harness);
    expect(el.textContent).toContain('Der Beginn liegt in der Vergangenheit');
    expect(byTestId(el, 'live-session-form')).not.toBeNull();
  });
});
