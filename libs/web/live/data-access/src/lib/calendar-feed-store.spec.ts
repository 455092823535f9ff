import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CalendarFeedStore } from './calendar-feed-store';

const url = '/api/me/calendar-feed';
const feed = { url: 'https://ecampus.example/api/calendar/abc.ics', createdAt: '2027-02-01T10:00:00.000Z' };

describe('CalendarFeedStore', () => {
  let http: HttpTestingController;
  let store: CalendarFeedStore;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [CalendarFeedStore, provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(CalendarFeedStore);
  });
  afterEach(() => http.verify());

  it('loads none, creates one, renews it and revokes it', async () => {
    const loaded = store.load();
    http.expectOne({ method: 'GET', url }).flush({ url: null, createdAt: null });
    await loaded;
    expect([store.loaded(), store.url()]).toEqual([true, null]);

    const created = store.create();
    http.expectOne({ method: 'POST', url }).flush(feed);
    await created;
    expect(store.url()).toBe(feed.url);

    const renewed = store.create();
    http.expectOne({ method: 'POST', url }).flush({ ...feed, url: 'https://ecampus.example/api/calendar/neu.ics' });
    await renewed;
    expect(store.url()).toBe('https://ecampus.example/api/calendar/neu.ics');

    const revoked = store.revoke();
    http.expectOne({ method: 'DELETE', url }).flush(null, { status: 204, statusText: 'No Content' });
    await revoked;
    expect(store.url()).toBeNull();
  });

  it('keeps the address when revoking fails, and a failed load says why', async () => {
    const created = store.create();
    http.expectOne({ method: 'POST', url }).flush(feed);
    await created;
    const refused = store.revoke();
    http.expectOne({ method: 'DELETE', url }).flush(null, { status: 500, statusText: 'Server Error' });
    await expect(refused).rejects.toMatchObject({ status: 500 });
    expect(store.url()).toBe(feed.url);

    const loaded = store.load();
    http
      .expectOne(url)
      .flush({ statusCode: 401, code: 'unauthorized', message: 'Bitte anmelden.' }, { status: 401, statusText: 'Unauthorized' });
    await loaded;
    expect([store.failed(), store.error()?.message]).toEqual([true, 'Bitte anmelden.']);
  });
});
