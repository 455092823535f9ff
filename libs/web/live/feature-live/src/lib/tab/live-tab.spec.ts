import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { Router } from '@angular/router';
import { listOf, type LiveSession, type ProgramRole } from '@ecampus/shared/contracts';
import { LiveClock } from '@ecampus/web/live/data-access';
import { aLiveProgram, aLiveSession } from '@ecampus/web/live/data-access/testing';
import { LiveTab } from './live-tab';
import { allByTestId, byTestId, clean, configureLiveTest, openPage, settle, testClock } from '../../testing/schedule-harness';

const listUrl = '/api/programs/p1/live-sessions';
const feedUrl = '/api/me/calendar-feed';
const feed = { url: 'https://ecampus.example/api/calendar/geheim.ics', createdAt: '2027-02-01T10:00:00.000Z' };

describe('LiveTab', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configureLiveTest('2027-03-01T17:30:00Z');
  });
  afterEach(() => http.verify());

  async function open(roles: ProgramRole[], sessions: LiveSession[], url = '/programme/p1/live') {
    const page = await openPage(url);
    http.expectOne('/api/programs/p1').flush(aLiveProgram({ myRoles: roles }));
    http.expectOne((r) => r.url === listUrl && !r.params.has('from')).flush(listOf(sessions));
    http.expectOne({ method: 'GET', url: feedUrl }).flush({ url: null, createdAt: null });
    await settle(page.harness);
    return page;
  }

  const sessions = () => [
    aLiveSession({ id: 'soon', title: 'Pressearbeit', startsAt: '2027-03-01T18:00:00.000Z', moduleTitle: 'Medien' }),
    aLiveSession({ id: 'later', title: 'Social Media', startsAt: '2027-03-08T18:00:00.000Z' }),
    aLiveSession({ id: 'old', title: 'Auftakt', startsAt: '2027-02-01T18:00:00.000Z', status: 'ended' }),
  ];

  it('lists a participant’s upcoming sessions with their join buttons; past ones on request; no create button', async () => {
    const { el, harness } = await open(['mentee'], sessions());
    expect(byTestId(el, 'live-create')).toBeNull();
    const upcoming = byTestId(el, 'live-upcoming') as HTMLElement;
    expect(allByTestId(upcoming, 'live-session-link').map((a) => a.textContent?.trim())).toEqual(['Pressearbeit', 'Social Media']);
    expect(allByTestId(upcoming, 'live-session-link')[0].getAttribute('href')).toBe('/programme/p1/live/soon');
    expect(clean(byTestId(upcoming, 'live-session-module')?.textContent)).toBe('Modul: Medien');
    expect(clean(byTestId(upcoming, 'live-session-trainers')?.textContent)).toBe('Leitung: Tanja Trainer');
    expect(allByTestId(upcoming, 'live-status').map((c) => c.textContent)).toEqual(['Geplant', 'Geplant']);

    // 17:30: "soon" opens at 17:45.
    const joinOf = (id: string) => el.querySelector<HTMLElement>(`[data-testid="live-join"][data-session-id="${id}"]`);
    expect((joinOf('soon') as HTMLButtonElement).disabled).toBe(true);

    // The clock moves on (the page's LiveClock ticks): the button opens by itself, the later one stays closed.
    testClock.now = Date.parse('2027-03-01T17:45:00Z');
    harness.fixture.debugElement.query(By.directive(LiveTab)).injector.get(LiveClock).tick();
    await settle(harness);
    expect(joinOf('soon')?.tagName).toBe('A');
    expect(joinOf('soon')?.getAttribute('href')).toBe('/programme/p1/live/soon/raum');
    expect(joinOf('later')?.tagName).toBe('BUTTON');

    // Past sessions behind a toggle.
    expect(byTestId(el, 'live-past')).toBeNull();
    const toggle = byTestId(el, 'live-past-toggle') as HTMLButtonElement;
    expect([clean(toggle.textContent), toggle.getAttribute('aria-expanded')]).toEqual(['Vergangenes Live-Seminar anzeigen (1)', 'false']);
    toggle.click();
    await settle(harness);
    expect(allByTestId(byTestId(el, 'live-past') as HTMLElement, 'live-session-link').map((a) => a.textContent?.trim())).toEqual([
      'Auftakt',
    ]);
    expect(byTestId(el, 'live-past')?.querySelector('[data-testid="live-join"]')).toBeNull();
  });

  it('shows staff the create button and an empty list with a hint', async () => {
    const { el } = await open(['trainer'], []);
    expect(byTestId(el, 'live-create')?.getAttribute('href')).toBe('/programme/p1/live/neu');
    expect(byTestId(el, 'live-empty')?.textContent).toContain('Planen Sie das erste Live-Seminar');
  });

  it('switches to the month calendar through the URL and loads the visible weeks', async () => {
    const { el, harness } = await open(['mentee'], sessions());
    const calendarToggle = byTestId(el, 'live-view-calendar')?.querySelector('button') as HTMLButtonElement;
    calendarToggle.click();
    await settle(harness);
    expect(TestBed.inject(Router).url).toBe('/programme/p1/live?ansicht=kalender');
    const req = http.expectOne((r) => r.url === listUrl && r.params.has('from'));
    expect(new Date(req.request.params.get('from') ?? '').getTime()).toBe(new Date(2027, 2, 1).getTime());
    req.flush(listOf(sessions().slice(0, 2)));
    await settle(harness);
    expect(byTestId(el, 'live-calendar-month')?.textContent?.trim()).toBe('März 2027');
    expect(allByTestId(el, 'live-calendar-session').map((a) => a.getAttribute('href'))).toEqual([
      '/programme/p1/live/soon',
      '/programme/p1/live/later',
    ]);

    byTestId(el, 'live-calendar-next')?.click();
    await settle(harness);
    expect(TestBed.inject(Router).url).toBe('/programme/p1/live?ansicht=kalender&monat=2027-04');
    http.expectOne((r) => r.url === listUrl && r.params.has('from')).flush(listOf([]));
    await settle(harness);
    expect(byTestId(el, 'live-calendar-month')?.textContent?.trim()).toBe('April 2027');
  });

  it('says when the sessions could not be loaded and tries again', async () => {
    const { el, harness } = await openPage('/programme/p1/live');
    http.expectOne('/api/programs/p1').flush(aLiveProgram());
    http.expectOne(listUrl).flush({ statusCode: 500, code: 'internal', message: 'Kaputt.' }, { status: 500, statusText: 'Server Error' });
    http.expectOne(feedUrl).flush({ url: null, createdAt: null });
    await settle(harness);
    expect(el.textContent).toContain('Die Live-Seminare konnten nicht geladen werden.');
    byTestId(el, 'live-retry')?.click();
    // The program is known: only the sessions load again.
    http.expectOne(listUrl).flush(listOf(sessions()));
    await settle(harness);
    expect(allByTestId(el, 'live-session')).toHaveLength(2);
  });

  it('makes, renews (after asking) and revokes the private calendar address', async () => {
    const { el, harness } = await open(['mentee'], []);
    expect(byTestId(el, 'live-feed')?.textContent).toContain('Die Adresse ist privat');
    byTestId(el, 'live-feed-create')?.click();
    http.expectOne({ method: 'POST', url: feedUrl }).flush(feed);
    await settle(harness);
    expect((byTestId(el, 'live-feed-url') as HTMLInputElement).value).toBe(feed.url);

    byTestId(el, 'live-feed-renew')?.click();
    await settle(harness);
    expect(document.body.textContent).toContain('die alte funktioniert dann nicht mehr');
    document.querySelector<HTMLButtonElement>('[data-testid="live-feed-renew-confirm"]')?.click();
    http.expectOne({ method: 'POST', url: feedUrl }).flush({ ...feed, url: 'https://ecampus.example/api/calendar/neu.ics' });
    await settle(harness);
    await settle(harness);
    expect((byTestId(el, 'live-feed-url') as HTMLInputElement).value).toBe('https://ecampus.example/api/calendar/neu.ics');

    byTestId(el, 'live-feed-revoke')?.click();
    await settle(harness);
    document.querySelector<HTMLButtonElement>('[data-testid="live-feed-revoke-confirm"]')?.click();
    http.expectOne({ method: 'DELETE', url: feedUrl }).flush(null, { status: 204, statusText: 'No Content' });
    await settle(harness);
    await settle(harness);
    expect(byTestId(el, 'live-feed-url')).toBeNull();
    expect(byTestId(el, 'live-feed-create')).not.toBeNull();
  });
});
