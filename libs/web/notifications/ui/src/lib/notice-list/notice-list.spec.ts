import { TestBed } from '@angular/core/testing';
import type { Notice } from '@ecampus/shared/contracts';
import { I18nService } from '@ecampus/web/shared/util-i18n';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { NOTIFICATIONS_I18N } from '../../i18n/notifications.i18n';
import { NoticeList } from './notice-list';

const aNotice = (id: string, title: string, overrides: Partial<Notice> = {}): Notice => ({
  id,
  kind: 'certificate-issued',
  title,
  body: `Text zu ${title}`,
  link: '/bescheinigungen',
  createdAt: '2027-06-30T10:00:00.000Z',
  readAt: null,
  ...overrides,
});

describe('NoticeList', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(NOTIFICATIONS_I18N)] });
  });

  async function render(notices: Notice[]) {
    const fixture = TestBed.createComponent(NoticeList);
    fixture.componentRef.setInput('notices', notices);
    const opened: Notice[] = [];
    fixture.componentInstance.open.subscribe((n) => opened.push(n));
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const items = () => Array.from(el.querySelectorAll<HTMLButtonElement>('[data-testid="notice-item"]'));
    return { fixture, el, opened, items };
  }

  it('shows each notice as a button with title, text and time; unread ones are marked for eye and ear', async () => {
    const { fixture, items } = await render([
      aNotice('n2', 'Ihre Teilnahmebescheinigung ist bereit'),
      aNotice('n1', 'Gelesen', { readAt: '2027-07-01T09:00:00.000Z', body: '' }),
    ]);
    const [unread, read] = items();
    expect(unread.tagName).toBe('BUTTON');
    expect(unread.querySelector('[data-testid="notice-title"]')?.textContent?.trim()).toBe(
      'Ungelesen: Ihre Teilnahmebescheinigung ist bereit',
    );
    expect(unread.querySelector('[data-testid="notice-body"]')?.textContent).toBe('Text zu Ihre Teilnahmebescheinigung ist bereit');
    expect(unread.textContent).toContain('30. Juni 2027');
    expect(unread.querySelector('ec-notice-summary')?.classList).toContain('unread');
    expect(read.querySelector('[data-testid="notice-unread"]')).toBeNull();
    expect(read.querySelector('[data-testid="notice-body"]')).toBeNull();

    TestBed.inject(I18nService).setLanguage('en');
    await fixture.whenStable();
    expect(unread.querySelector('[data-testid="notice-unread"]')?.textContent).toContain('Unread');
    expect(unread.textContent).toContain('30 June 2027');
  });

  it('asks to open the notice she clicks', async () => {
    const { items, opened } = await render([aNotice('n2', 'Zwei'), aNotice('n1', 'Eins')]);
    items()[1].click();
    expect(opened.map((n) => n.id)).toEqual(['n1']);
  });
});
