import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { FileDownload } from '@ecampus/web/shared/data-access';
import { aLiveSession, anAttendanceEntry } from '../testing';
import { LiveSessionStore } from './live-session-store';

const url = '/api/live-sessions/s1';

describe('LiveSessionStore', () => {
  let http: HttpTestingController;
  let store: LiveSessionStore;
  const download = jest.fn<Promise<void>, [string, string]>();

  beforeEach(() => {
    download.mockReset().mockResolvedValue(undefined);
    TestBed.configureTestingModule({
      providers: [LiveSessionStore, provideHttpClient(), provideHttpClientTesting(), { provide: FileDownload, useValue: { download } }],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(LiveSessionStore);
  });
  afterEach(() => http.verify());

  async function load(overrides = {}) {
    const done = store.load('s1');
    http.expectOne(url).flush(aLiveSession({ canModerate: true, ...overrides }));
    await done;
  }

  it('loads a session; a moderator sees attendance once it has begun', async () => {
    await load();
    expect(store.session()?.title).toBe('Live-Seminar s1');
    expect(store.showsAttendance()).toBe(false);

    const started = store.start();
    http.expectOne({ method: 'POST', url: `${url}/start` }).flush(aLiveSession({ canModerate: true, status: 'live' }));
    await started;
    expect([store.session()?.status, store.showsAttendance()]).toEqual(['live', true]);

    const ended = store.end();
    http.expectOne({ method: 'POST', url: `${url}/end` }).flush(aLiveSession({ canModerate: true, status: 'ended' }));
    await ended;
    expect(store.session()?.status).toBe('ended');
  });

  it('does not show attendance to participants', async () => {
    await load({ canModerate: false, status: 'ended' });
    expect(store.showsAttendance()).toBe(false);
  });

  it('updates and deletes, rejecting with the server’s refusal', async () => {
    await load();
    const saved = store.update({ title: 'Neuer Titel' });
    const req = http.expectOne({ method: 'PATCH', url });
    expect(req.request.body).toEqual({ title: 'Neuer Titel' });
    req.flush(aLiveSession({ canModerate: true, title: 'Neuer Titel' }));
    await saved;
    expect(store.session()?.title).toBe('Neuer Titel');

    const refused = store.remove();
    http
      .expectOne({ method: 'DELETE', url })
      .flush({ statusCode: 409, code: 'live_session_not_scheduled', message: 'Läuft schon.' }, { status: 409, statusText: 'Conflict' });
    await expect(refused).rejects.toMatchObject({ status: 409 });
    expect(store.session()).not.toBeNull();

    const removed = store.remove();
    http.expectOne({ method: 'DELETE', url }).flush(null, { status: 204, statusText: 'No Content' });
    await removed;
    expect(store.session()).toBeNull();
  });

  it('loads the attendance and downloads it as CSV, and the session as .ics', async () => {
    await load({ status: 'ended' });
    const done = store.loadAttendance();
    http
      .expectOne(`${url}/attendance`)
      .flush([anAttendanceEntry(), anAttendanceEntry({ userId: 'u2', displayName: 'Tom', lastLeftAt: null })]);
    await done;
    expect(store.attendance().map((a) => a.displayName)).toEqual(['Mia Mentee', 'Tom']);

    let finish: () => void = () => undefined;
    download.mockReturnValueOnce(new Promise<void>((resolve) => (finish = resolve)));
    const exported = store.exportAttendanceCsv();
    expect(store.exporting()).toBe(true);
    expect(download).toHaveBeenCalledWith(`${url}/attendance?format=csv`, 'anwesenheit.csv');
    finish();
    await exported;
    expect(store.exporting()).toBe(false);

    await store.downloadIcs();
    expect(download).toHaveBeenLastCalledWith(`${url}/ics`, 'live-seminar.ics');
  });

  it('forgets another session’s attendance and fails with the server’s message', async () => {
    await load({ status: 'ended' });
    const done = store.loadAttendance();
    http.expectOne(`${url}/attendance`).flush([anAttendanceEntry()]);
    await done;

    const other = store.load('s2');
    expect(store.attendance()).toEqual([]);
    http
      .expectOne('/api/live-sessions/s2')
      .flush(
        { statusCode: 404, code: 'not_found', message: 'Dieses Live-Seminar gibt es nicht.' },
        { status: 404, statusText: 'Not Found' },
      );
    await other;
    expect([store.failed(), store.error()?.message]).toEqual([true, 'Dieses Live-Seminar gibt es nicht.']);
  });
});
