import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { aNotice } from '@ecampus/web/notifications/data-access/testing';
import { allByTestId, byTestId, clean, configureNotificationsTest, listOf, settle } from '../../testing/harness';

const listUrl = '/api/notifications?limit=100';

describe('NotificationsPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    ({ http } = configureNotificationsTest());
  });
  afterEach(() => http.verify());

  async function open() {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/benachrichtigungen');
    return { harness, el: harness.fixture.nativeElement as HTMLElement };
  }

  it('lists all her notices newest first; one click marks it read and goes to its page', async () => {
    const { harness, el } = await open();
    http
      .expectOne(listUrl)
      .flush(
        listOf([aNotice('n2', 'Ihre Teilnahmebescheinigung ist bereit'), aNotice('n1', 'Alt', { readAt: '2027-07-01T09:00:00.000Z' })]),
      );
    await settle(harness.fixture);
    expect(el.querySelector('h1')?.textContent).toContain('Benachrichtigungen');
    expect(byTestId(el, 'notifications-unread')?.textContent).toBe('1 ungelesen');
    const items = allByTestId(el, 'notice-item');
    expect(items.map((i) => clean(i.querySelector('[data-testid="notice-title"]')?.textContent))).toEqual([
      'Ungelesen: Ihre Teilnahmebescheinigung ist bereit',
      'Alt',
    ]);

    items[0].click();
    http.expectOne({ method: 'POST', url: '/api/notifications/n2/read' }).flush(aNotice('n2', 'x', { readAt: '2027-07-02T09:00:00.000Z' }));
    await settle(harness.fixture);
    expect(TestBed.inject(Router).url).toBe('/bescheinigungen');
  });

  it('marks all read', async () => {
    const { harness, el } = await open();
    http.expectOne(listUrl).flush(listOf([aNotice('n2', 'Zwei'), aNotice('n1', 'Eins')]));
    await settle(harness.fixture);
    (byTestId(el, 'notifications-read-all') as HTMLButtonElement).click();
    http.expectOne({ method: 'POST', url: '/api/notifications/read-all' }).flush({ marked: 2 });
    await settle(harness.fixture);
    expect(byTestId(el, 'notifications-unread')?.textContent).toBe('Alles gelesen');
    expect((byTestId(el, 'notifications-read-all') as HTMLButtonElement).disabled).toBe(true);
  });

  it('says when there are none', async () => {
    const { harness, el } = await open();
    http.expectOne(listUrl).flush(listOf([]));
    await settle(harness.fixture);
    expect(byTestId(el, 'notifications-empty')?.textContent).toContain('Keine Benachrichtigungen');
    expect(byTestId(el, 'notifications-read-all')).toBeNull();
  });

  it('offers a retry when the list fails', async () => {
    const { harness, el } = await open();
    http
      .expectOne(listUrl)
      .flush({ statusCode: 502, code: 'x', message: 'Gerade nicht erreichbar.' }, { status: 502, statusText: 'Bad Gateway' });
    await settle(harness.fixture);
    expect(el.textContent).toContain('Die Benachrichtigungen konnten nicht geladen werden.');
    byTestId(el, 'notifications-retry')?.click();
    http.expectOne(listUrl).flush(listOf([aNotice('n1', 'Eins')]));
    await settle(harness.fixture);
    expect(allByTestId(el, 'notice-item')).toHaveLength(1);
  });
});
