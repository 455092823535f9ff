import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { LiveSession } from '@ecampus/shared/contracts';
import { aLiveSession } from '../../testing/live-session';
import { I18nService } from '@ecampus/web/shared/util-i18n';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { LIVE_I18N } from '../../i18n/live.i18n';
import { LiveMonthCalendar } from './month-calendar';
import { addMonths, dayKey, gridWindow, isMonth, monthGrid, monthOf } from './month-grid';

/** Local noon of a day: inside that day in every time zone the test may run in. */
const localNoon = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12).toISOString();

describe('month grid', () => {
  it('covers March 2027 (it starts on a Monday) in five weeks up to Sunday 4 April', () => {
    const weeks = monthGrid('2027-03');
    expect(weeks).toHaveLength(5);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(dayKey(weeks[0][0])).toBe('2027-03-01');
    expect(weeks[0][0].getDay()).toBe(1);
    expect(dayKey(weeks[4][6])).toBe('2027-04-04');
    expect(weeks.flat().filter((d) => monthOf(d) === '2027-03')).toHaveLength(31);
  });

  it('starts on the Monday before, needs six weeks for a month starting on Sunday, four for a February starting on Monday', () => {
    const november = monthGrid('2026-11'); // 1 November 2026 is a Sunday
    expect(november).toHaveLength(6);
    expect([dayKey(november[0][0]), dayKey(november[5][6])]).toEqual(['2026-10-26', '2026-12-06']);
    expect(monthGrid('2027-02')).toHaveLength(4); // 1 February 2027 is a Monday, 28 days
  });

  it('steps across years and gives the window of the grid as instants', () => {
    expect([addMonths('2027-01', -1), addMonths('2027-12', 1), addMonths('2027-03', 0)]).toEqual(['2026-12', '2028-01', '2027-03']);
    const { from, to } = gridWindow('2027-03');
    expect(new Date(from).getTime()).toBe(new Date(2027, 2, 1).getTime());
    expect(new Date(to).getTime()).toBe(new Date(2027, 3, 5).getTime());
    expect([isMonth('2027-03'), isMonth('2027-13'), isMonth('März'), isMonth(undefined)]).toEqual([true, false, false, false]);
  });
});

describe('LiveMonthCalendar', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(LIVE_I18N), provideRouter([])] });
  });

  async function render(sessions: LiveSession[], now = Date.parse(localNoon(2027, 3, 10))) {
    const fixture = TestBed.createComponent(LiveMonthCalendar);
    fixture.componentRef.setInput('month', '2027-03');
    fixture.componentRef.setInput('sessions', sessions);
    fixture.componentRef.setInput('now', now);
    fixture.componentRef.setInput('baseLink', ['/programme', 'p1', 'live']);
    const months: string[] = [];
    fixture.componentInstance.monthChange.subscribe((m) => months.push(m));
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const $ = (id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    return { fixture, el, $, months };
  }

  it('draws weeks × weekdays with the sessions as links in their day and today marked', async () => {
    const { el, $ } = await render([
      aLiveSession({ id: 'a', title: 'Pressearbeit', startsAt: localNoon(2027, 3, 3) }),
      aLiveSession({ id: 'b', title: 'Social Media', startsAt: new Date(2027, 2, 3, 9).toISOString() }),
    ]);
    expect($('live-calendar-month')?.textContent?.trim()).toBe('März 2027');
    expect(Array.from(el.querySelectorAll('thead th'), (th) => th.textContent?.trim())).toEqual(['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']);
    expect(el.querySelectorAll('tbody tr')).toHaveLength(5);
    expect(el.querySelectorAll('[data-testid="live-calendar-day"]')).toHaveLength(35);

    const today = el.querySelector('[aria-current="date"]');
    expect(today?.getAttribute('data-day')).toBe('2027-03-10');
    expect(today?.textContent).toContain('Heute');

    const day = el.querySelector('[data-day="2027-03-03"]');
    const links = Array.from(day?.querySelectorAll<HTMLAnchorElement>('[data-testid="live-calendar-session"]') ?? []);
    // In the order of the day, each with its start time.
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/programme/p1/live/b', '/programme/p1/live/a']);
    expect(links.map((a) => a.textContent?.trim())).toEqual(['09:00 Social Media', '12:00 Pressearbeit']);
    expect(day?.querySelector('.cdk-visually-hidden')?.textContent).toContain('Mittwoch, 3. März 2027');
    expect(el.querySelector('[data-day="2027-04-04"]')?.classList.contains('outside')).toBe(true);
  });

  it('asks for the previous, the next and the current month, in English too', async () => {
    const { fixture, $, months } = await render([], Date.parse(localNoon(2027, 5, 1)));
    $('live-calendar-previous')?.click();
    $('live-calendar-next')?.click();
    $('live-calendar-today')?.click();
    expect(months).toEqual(['2027-02', '2027-04', '2027-05']);
    expect($('live-calendar-previous')?.getAttribute('aria-label')).toBe('Vorheriger Monat');

    TestBed.inject(I18nService).setLanguage('en');
    await fixture.whenStable();
    expect($('live-calendar-month')?.textContent?.trim()).toBe('March 2027');
    expect($('live-calendar-next')?.getAttribute('aria-label')).toBe('Next month');
  });

  it('offers no "today" button while today’s month is shown', async () => {
    const { $ } = await render([]);
    expect($('live-calendar-today')).toBeNull();
  });
});
