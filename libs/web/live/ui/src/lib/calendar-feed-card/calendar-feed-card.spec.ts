import { TestBed } from '@angular/core/testing';
import type { CalendarFeed } from '@ecampus/shared/contracts';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { LIVE_I18N } from '../../i18n/live.i18n';
import { LiveCalendarFeedCard } from './calendar-feed-card';

describe('LiveCalendarFeedCard', () => {
  async function render(feed: CalendarFeed) {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(LIVE_I18N)] });
    const fixture = TestBed.createComponent(LiveCalendarFeedCard);
    fixture.componentRef.setInput('feed', feed);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const byId = (id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    return { fixture, byId };
  }

  it('offers to create an address when there is none', async () => {
    const { byId } = await render({ url: null, createdAt: null });
    expect(byId('live-feed-create')).not.toBeNull();
    expect(byId('live-feed-url')).toBeNull();
    expect(byId('live-feed-renew')).toBeNull();
  });

  it('shows a fresh address once, with copy, renew and revoke', async () => {
    const { byId } = await render({ url: 'https://ecampus.example/api/calendar-feeds/abc.ics', createdAt: '2027-02-01T10:00:00.000Z' });
    expect((byId('live-feed-url') as HTMLInputElement).value).toBe('https://ecampus.example/api/calendar-feeds/abc.ics');
    expect(byId('live-feed-shown-once')?.textContent).toContain('nur jetzt angezeigt');
    expect(byId('live-feed-renew')).not.toBeNull();
    expect(byId('live-feed-revoke')).not.toBeNull();
  });

  it('explains an existing address it can no longer show and offers a new one', async () => {
    const { fixture, byId } = await render({ url: null, createdAt: '2027-02-01T10:00:00.000Z' });
    expect(byId('live-feed-url')).toBeNull();
    expect(byId('live-feed-create')).toBeNull();
    expect(byId('live-feed-hidden')?.textContent).toContain('nur beim Erstellen angezeigt');
    let renewed = 0;
    fixture.componentInstance.renew.subscribe(() => renewed++);
    byId('live-feed-renew')?.click();
    expect(renewed).toBe(1);
  });
});
