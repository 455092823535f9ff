import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { aNotice, type FakeLiveSocket } from '@ecampus/web/notifications/data-access/testing';
import { I18nService } from '@ecampus/web/shared/util-i18n';
import { allByTestId, byTestId, clean, configureNotificationsTest, listOf, settle } from '../../testing/harness';
import { BELL_SHOWN, NotificationBell } from './notification-bell';

const listUrl = '/api/notifications?limit=20';

describe('NotificationBell', () => {
  let http: HttpTestingController;
  let socket: FakeLiveSocket;

  beforeEach(() => {
    ({ http, socket } = configureNotificationsTest());
  });
  afterEach(() => {
    http.verify();
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
  });

  async function render() {
    const fixture = TestBed.createComponent(NotificationBell);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const button = () => byTestId(el, 'notification-bell') as HTMLButtonElement;
    /** The button's accessible name: its text without what is hidden from screen readers (icon, badge). */
    const name = () => {
      const copy = button().cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
      return clean(copy.textContent);
    };
    /** Opens the menu (rendered in the overlay, outside the bell). */
    const openMenu = async () => {
      button().click();
      await settle(fixture);
      const panel = document.querySelector<HTMLElement>('.ec-notification-menu');
      if (!panel) throw new Error('no menu');
      return panel;
    };
    return { fixture, el, button, name, openMenu };
  }

  it('names the button with the unread count, shows it as a badge, and follows the language', async () => {
    const { fixture, el, name } = await render();
    http.expectOne(listUrl).flush(listOf([aNotice('n2', 'Zwei'), aNotice('n1', 'Eins')]));
    await settle(fixture);
    expect(name()).toBe('Benachrichtigungen, 2 ungelesen');
    expect(byTestId(el, 'notification-bell-count')?.textContent).toBe('2');
    expect(byTestId(el, 'notification-bell-count')?.getAttribute('aria-hidden')).toBe('true');

    TestBed.inject(I18nService).setLanguage('en');
    await settle(fixture);
    expect(name()).toBe('Notifications, 2 unread');
  });

  it('counts a notice the server pushes at once; nothing unread, no badge', async () => {
    const { fixture, el, name } = await render();
    http.expectOne(listUrl).flush(listOf([]));
    await settle(fixture);
    expect(name()).toBe('Benachrichtigungen');
    expect(byTestId(el, 'notification-bell-count')).toBeNull();

    socket.serverSends('notification:new', aNotice('n1', 'Ihre Teilnahmebescheinigung ist bereit'));
    await settle(fixture);
    expect(name()).toBe('Benachrichtigungen, 1 ungelesen');
    expect(byTestId(el, 'notification-bell-count')?.textContent).toBe('1');
  });

  it('opens a menu of the newest notices; choosing one marks it read and goes to its page', async () => {
    const { fixture, name, openMenu } = await render();
    const notices = Array.from({ length: BELL_SHOWN + 2 }, (_, i) => aNotice(`n${i}`, `Hinweis ${i}`));
    http.expectOne(listUrl).flush(listOf(notices));
    await settle(fixture);

    const menu = await openMenu();
    const items = allByTestId(menu, 'notification-bell-item');
    expect(items).toHaveLength(BELL_SHOWN);
    expect(items.every((item) => item.getAttribute('role') === 'menuitem')).toBe(true);
    expect(clean(items[0].textContent)).toContain('Ungelesen: Hinweis 0');
    expect(byTestId(menu, 'notification-bell-all')?.getAttribute('href')).toBe('/benachrichtigungen');

    items[1].click();
    http.expectOne({ method: 'POST', url: '/api/notifications/n1/read' }).flush({ ...notices[1], readAt: '2027-07-01T09:00:00.000Z' });
    await settle(fixture);
    expect(TestBed.inject(Router).url).toBe('/bescheinigungen');
    expect(name()).toBe(`Benachrichtigungen, ${BELL_SHOWN + 1} ungelesen`);
  });

  it('marks all read from the menu', async () => {
    const { fixture, el, openMenu } = await render();
    http.expectOne(listUrl).flush(listOf([aNotice('n1', 'Eins')], 3));
    await settle(fixture);

    const menu = await openMenu();
    const readAll = byTestId(menu, 'notification-bell-read-all') as HTMLElement;
    expect(clean(readAll.textContent)).toBe('Alle als gelesen markieren');
    readAll.click();
    http.expectOne({ method: 'POST', url: '/api/notifications/read-all' }).flush({ marked: 3 });
    await settle(fixture);
    expect(byTestId(el, 'notification-bell-count')).toBeNull();
    const again = await openMenu();
    expect(byTestId(again, 'notification-bell-read-all')).toBeNull();
  });

  it('says so when there are none, and opens with the keyboard', async () => {
    const { fixture, button } = await render();
    http.expectOne(listUrl).flush(listOf([]));
    await settle(fixture);

    button().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    button().click(); // what a browser does for Enter on a button
    await settle(fixture);
    const menu = document.querySelector<HTMLElement>('.ec-notification-menu') as HTMLElement;
    expect(byTestId(menu, 'notification-bell-empty')?.textContent).toBe('Keine Benachrichtigungen');
    // The link to the page is the one item, and the menu moves focus into it.
    expect(document.activeElement?.closest('.ec-notification-menu')).toBe(menu);
    menu.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', keyCode: 27, bubbles: true }));
    await settle(fixture);
    expect(document.querySelector('.ec-notification-menu')).toBeNull();
  });
});
