import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { LiveSession } from '@ecampus/shared/contracts';
import { aLiveSession } from '../../testing/live-session';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { LIVE_I18N } from '../../i18n/live.i18n';
import { JoinButton } from './join-button';
import { joinState } from './join-window';

const at = (iso: string) => Date.parse(iso);
// aLiveSession starts 2027-03-01T18:00Z: joinable from 17:45Z.
const START = '2027-03-01T18:00:00.000Z';

describe('joinState', () => {
  it('opens participants’ button 15 minutes before the start, not a moment earlier', () => {
    const s = aLiveSession({ startsAt: START });
    expect(joinState(s, at('2027-03-01T17:44:59.999Z'))).toBe('early');
    expect(joinState(s, at('2027-03-01T17:45:00.000Z'))).toBe('open');
    expect(joinState(s, at('2027-03-01T18:30:00.000Z'))).toBe('open');
  });

  it('opens for moderators at any time before the end, for everyone while live, for nobody once ended', () => {
    const early = at('2027-02-01T10:00:00Z');
    expect(joinState(aLiveSession({ canModerate: true }), early)).toBe('open');
    expect(joinState(aLiveSession({ status: 'live' }), early)).toBe('open');
    expect(joinState(aLiveSession({ status: 'ended' }), at('2027-03-01T18:00:00Z'))).toBe('ended');
    expect(joinState(aLiveSession({ status: 'ended', canModerate: true }), at('2027-03-01T18:00:00Z'))).toBe('ended');
  });
});

describe('JoinButton', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(LIVE_I18N), provideRouter([])] });
  });

  async function render(session: LiveSession, now: number) {
    const fixture = TestBed.createComponent(JoinButton);
    fixture.componentRef.setInput('session', session);
    fixture.componentRef.setInput('now', now);
    fixture.componentRef.setInput('link', ['/programme', 'p1', 'live', session.id, 'raum']);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const join = () => el.querySelector<HTMLElement>('[data-testid="live-join"]');
    return { fixture, el, join };
  }

  it('is a disabled button with its opening time until 15 minutes before, then a link into the room as the clock moves', async () => {
    const { fixture, el, join } = await render(aLiveSession(), at('2027-03-01T17:30:00Z'));
    expect(join()?.tagName).toBe('BUTTON');
    expect((join() as HTMLButtonElement).disabled).toBe(true);
    const hint = el.querySelector('[data-testid="live-join-hint"]');
    expect(hint?.textContent).toContain('Beitritt ab');
    expect(join()?.getAttribute('aria-describedby')).toBe(hint?.id);
    expect(join()?.getAttribute('aria-label')).toBe('Beitreten: Live-Seminar s1');

    fixture.componentRef.setInput('now', at('2027-03-01T17:45:00Z'));
    await fixture.whenStable();
    expect(join()?.tagName).toBe('A');
    expect(join()?.getAttribute('href')).toBe('/programme/p1/live/s1/raum');
    expect(join()?.textContent?.trim()).toBe('Beitreten');
    expect(el.querySelector('[data-testid="live-join-hint"]')).toBeNull();
  });

  it('lets a moderator in early and shows nothing once the session ended', async () => {
    expect((await render(aLiveSession({ canModerate: true }), at('2027-02-20T08:00:00Z'))).join()?.tagName).toBe('A');
    expect((await render(aLiveSession({ status: 'ended' }), at('2027-03-01T18:00:00Z'))).join()).toBeNull();
  });
});
