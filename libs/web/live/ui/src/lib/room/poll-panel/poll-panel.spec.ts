import { TestBed } from '@angular/core/testing';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { LIVE_ROOM_I18N } from '../../../i18n/room/live-room.i18n';
import { type OpenPollView, PollPanel } from './poll-panel';

const poll: OpenPollView = {
  id: 'p1',
  question: 'Wie war das Tempo?',
  options: ['Zu schnell', 'Genau richtig'],
  anonymous: true,
  myVote: null,
  votes: 0,
};

describe('PollPanel', () => {
  async function render() {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(LIVE_ROOM_I18N)] });
    const fixture = TestBed.createComponent(PollPanel);
    fixture.componentRef.setInput('poll', poll);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const voted: number[] = [];
    fixture.componentInstance.vote.subscribe((option) => voted.push(option));
    return { fixture, el, voted };
  }

  it('keeps her unsent choice when the room hands in a new copy of the same poll', async () => {
    const { fixture, el, voted } = await render();
    const submit = () => el.querySelector<HTMLButtonElement>('[data-testid="poll-vote"]');
    expect(submit()?.disabled).toBe(true);

    el.querySelector<HTMLInputElement>('[data-testid="poll-option-1"] input')?.click();
    await fixture.whenStable();
    expect(submit()?.disabled).toBe(false);

    // Presence or chat updates produce a fresh poll object with more votes counted.
    fixture.componentRef.setInput('poll', { ...poll, votes: 3 });
    await fixture.whenStable();
    expect(submit()?.disabled).toBe(false);

    submit()?.click();
    expect(voted).toEqual([1]);
  });

  it('presets the choice from a recorded vote and offers to change it', async () => {
    const { fixture, el } = await render();
    fixture.componentRef.setInput('poll', { ...poll, myVote: 0 });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="poll-voted"]')).not.toBeNull();
    expect(el.querySelector<HTMLButtonElement>('[data-testid="poll-vote"]')?.disabled).toBe(true);
    expect(el.querySelector<HTMLInputElement>('[data-testid="poll-option-0"] input')?.checked).toBe(true);
  });
});
