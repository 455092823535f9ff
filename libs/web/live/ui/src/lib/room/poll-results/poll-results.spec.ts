import { TestBed } from '@angular/core/testing';
import type { LivePollResults } from '@ecampus/shared/contracts';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { LIVE_ROOM_I18N } from '../../../i18n/room/live-room.i18n';
import { PollResults, pollResultRows } from './poll-results';

const poll: LivePollResults = {
  id: 'p1',
  question: 'Wie war das Tempo?',
  options: ['Zu schnell', 'Genau richtig', 'Zu langsam'],
  anonymous: true,
  results: [1, 3, 0],
};

describe('PollResults', () => {
  it('computes count and whole percent per option, 0 % when nobody voted', () => {
    expect(pollResultRows(poll)).toEqual([
      { option: 'Zu schnell', count: 1, percent: 25 },
      { option: 'Genau richtig', count: 3, percent: 75 },
      { option: 'Zu langsam', count: 0, percent: 0 },
    ]);
    expect(pollResultRows({ options: ['Ja', 'Nein'], results: [0, 0] }).map((r) => r.percent)).toEqual([0, 0]);
  });

  it('says each result as text beside its bar, and the total', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(LIVE_ROOM_I18N)] });
    const fixture = TestBed.createComponent(PollResults);
    fixture.componentRef.setInput('results', { ...poll, anonymous: false, voters: [{ userId: 'u1', displayName: 'Mia', option: 1 }] });
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const rows = Array.from(el.querySelectorAll('[data-testid="poll-result"]'));
    expect(rows.map((r) => r.textContent?.trim())).toEqual([
      'Zu schnell: 1 Stimme (25 %)',
      'Genau richtig: 3 Stimmen (75 %)',
      'Zu langsam: 0 Stimmen (0 %)',
    ]);
    expect(rows[1]?.querySelector<HTMLElement>('.fill')?.style.width).toBe('75%');
    expect(rows[1]?.querySelector('.bar')?.getAttribute('aria-hidden')).toBe('true');
    expect(el.querySelector('[data-testid="poll-total"]')?.textContent?.trim()).toBe('4 Stimmen insgesamt');
    expect(el.querySelector('[data-testid="poll-voters"]')?.textContent).toContain('Mia: Genau richtig');
  });
});
