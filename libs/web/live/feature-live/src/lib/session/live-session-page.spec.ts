import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { LiveSession } from '@ecampus/shared/contracts';
import { aLiveSession, anAttendanceEntry } from '@ecampus/web/live/data-access/testing';
import { FileDownload } from '@ecampus/web/shared/data-access';
import { allByTestId, byTestId, clean, configureLiveTest, openPage, settle } from '../../testing/schedule-harness';

const url = '/api/live-sessions/s1';

describe('LiveSessionPage', () => {
  let http: HttpTestingController;
  const download = jest.fn<Promise<void>, [string, string]>();

  beforeEach(() => {
    http = configureLiveTest('2027-03-01T12:00:00Z');
    download.mockReset().mockResolvedValue(undefined);
    jest.spyOn(TestBed.inject(FileDownload), 'download').mockImplementation(download);
  });
  afterEach(() => http.verify());

  async function open(session: LiveSession) {
    const page = await openPage('/programme/p1/live/s1');
    http.expectOne(url).flush(session);
    await settle(page.harness);
    return page;
  }

  it('shows a participant the session, a closed join button and the .ics download, no moderation', async () => {
    const { el, harness } = await open(
      aLiveSession({ description: 'Wir üben Pressemitteilungen.', moduleTitle: 'Medien', startsAt: '2027-03-01T18:00:00.000Z' }),
    );
    expect(byTestId(el, 'live-session-title')?.textContent).toBe('Live-Seminar s1');
    expect(byTestId(el, 'live-status')?.textContent).toBe('Geplant');
    expect(byTestId(el, 'live-session-module')?.textContent).toBe('Medien');
    expect(byTestId(el, 'live-session-trainers')?.textContent).toBe('Tanja Trainer');
    expect(byTestId(el, 'live-session-description')?.textContent).toBe('Wir üben Pressemitteilungen.');
    expect((byTestId(el, 'live-join') as HTMLButtonElement).disabled).toBe(true);
    for (const id of ['live-start', 'live-edit', 'live-delete', 'live-end', 'live-attendance']) expect(byTestId(el, id)).toBeNull();

    byTestId(el, 'live-ics')?.click();
    await settle(harness);
    expect(download).toHaveBeenCalledWith('/api/live-sessions/s1/ics', 'live-seminar.ics');
  });

  it('lets a moderator start, then end after confirming; then shows the attendance with its CSV', async () => {
    const { el, harness } = await open(aLiveSession({ canModerate: true }));
    expect(byTestId(el, 'live-join')?.tagName).toBe('A');
    expect(byTestId(el, 'live-edit')?.getAttribute('href')).toBe('/programme/p1/live/s1/bearbeiten');
    byTestId(el, 'live-start')?.click();
    http.expectOne({ method: 'POST', url: `${url}/start` }).flush(aLiveSession({ canModerate: true, status: 'live' }));
    await settle(harness);
    http.expectOne(`${url}/attendance`).flush([anAttendanceEntry({ lastLeftAt: null })]);
    await settle(harness);
    expect(byTestId(el, 'live-status')?.textContent).toBe('Live');
    expect(byTestId(el, 'live-edit')).toBeNull();
    expect(clean(byTestId(el, 'live-attendance-row')?.textContent)).toContain('noch im Raum');

    byTestId(el, 'live-end')?.click();
    await settle(harness);
    expect(document.body.textContent).toContain('danach kann niemand mehr beitreten');
    document.querySelector<HTMLButtonElement>('[data-testid="live-end-confirm"]')?.click();
    http.expectOne({ method: 'POST', url: `${url}/end` }).flush(aLiveSession({ canModerate: true, status: 'ended' }));
    await settle(harness);
    http
      .expectOne(`${url}/attendance`)
      .flush([anAttendanceEntry(), anAttendanceEntry({ userId: 'u2', displayName: 'Tanja Trainer', role: 'trainer', minutesPresent: 95 })]);
    await settle(harness);
    await settle(harness);
    expect(byTestId(el, 'live-status')?.textContent).toBe('Beendet');
    expect(byTestId(el, 'live-join')).toBeNull();
    const rows = allByTestId(el, 'live-attendance-row');
    expect(rows.map((r) => r.querySelector('th')?.textContent?.trim())).toEqual(['Mia Mentee', 'Tanja Trainer']);
    expect(rows.map((r) => byTestId(r, 'live-attendance-minutes')?.textContent)).toEqual(['85', '95']);
    expect(clean(rows[1].textContent)).toContain('Trainerin / Referent');

    byTestId(el, 'live-attendance-export')?.click();
    await settle(harness);
    expect(download).toHaveBeenCalledWith('/api/live-sessions/s1/attendance?format=csv', 'anwesenheit.csv');
  });

  it('deletes a scheduled session after confirming and returns to the list', async () => {
    const { el, harness } = await open(aLiveSession({ canModerate: true }));
    byTestId(el, 'live-delete')?.click();
    await settle(harness);
    document.querySelector<HTMLButtonElement>('[data-testid="live-delete-confirm"]')?.click();
    http.expectOne({ method: 'DELETE', url }).flush(null, { status: 204, statusText: 'No Content' });
    await settle(harness);
    await settle(harness);
    expect(TestBed.inject(Router).url).toBe('/programme/p1/live');
    // The tab loads its data again.
    http
      .expectOne('/api/programs/p1')
      .flush({ statusCode: 404, code: 'not_found', message: 'x' }, { status: 404, statusText: 'Not Found' });
    http.expectOne('/api/programs/p1/live-sessions').flush({ items: [], total: 0 });
    http.expectOne('/api/me/calendar-feed').flush({ url: null, createdAt: null });
  });

  it('says when the session cannot be loaded', async () => {
    const { el, harness } = await openPage('/programme/p1/live/s1');
    http
      .expectOne(url)
      .flush(
        { statusCode: 404, code: 'not_found', message: 'Dieses Live-Seminar gibt es nicht.' },
        { status: 404, statusText: 'Not Found' },
      );
    await settle(harness);
    expect(el.textContent).toContain('Dieses Live-Seminar gibt es nicht.');
    expect(byTestId(el, 'live-session-retry')).not.toBeNull();
  });
});
