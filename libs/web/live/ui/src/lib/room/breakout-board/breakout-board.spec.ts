import { TestBed } from '@angular/core/testing';
import type { LiveBreakout, LiveParticipant } from '@ecampus/shared/contracts';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { LIVE_ROOM_I18N } from '../../../i18n/room/live-room.i18n';
import { BreakoutBoard, type BreakoutBoardActions } from './breakout-board';

const person = (userId: string, displayName: string, moderator = false): LiveParticipant => ({
  userId,
  displayName,
  role: moderator ? 'trainer' : 'mentee',
  moderator,
  muted: false,
});

const PEOPLE = [
  person('u-trainer', 'Tanja Trainer', true),
  person('u-mia', 'Mia Mentee'),
  person('u-max', 'Max Mentor'),
  person('u-ida', 'Ida Idee'),
];

const flush = () => new Promise((resolve) => setTimeout(resolve));

describe('BreakoutBoard', () => {
  let actions: { [K in keyof BreakoutBoardActions]: jest.Mock };

  async function render(inputs: { breakout?: LiveBreakout | null; remaining?: number | null; participants?: LiveParticipant[] } = {}) {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(LIVE_ROOM_I18N)] });
    const fixture = TestBed.createComponent(BreakoutBoard);
    fixture.componentRef.setInput('participants', inputs.participants ?? PEOPLE);
    fixture.componentRef.setInput('meId', 'u-trainer');
    fixture.componentRef.setInput('breakout', inputs.breakout ?? null);
    fixture.componentRef.setInput('remaining', inputs.remaining ?? null);
    fixture.componentRef.setInput('actions', actions);
    await fixture.whenStable();
    await flush();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const all = (id: string) => Array.from(el.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));
    const byId = (id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    /** The names in each column, main room first. */
    const columns = () =>
      [byId('breakout-main'), ...all('breakout-room')].map((c) =>
        Array.from(c?.querySelectorAll('[data-testid="breakout-person"]') ?? [], (p) => p.getAttribute('data-user-name')),
      );
    const choose = async (name: string, optionText: string) => {
      const select = el.querySelector<HTMLSelectElement>(`[data-user-name="${name}"] select`) as HTMLSelectElement;
      const option = Array.from(select.options).find((o) => o.text.trim() === optionText) as HTMLOptionElement;
      select.focus();
      select.value = option.value;
      select.dispatchEvent(new Event('change'));
      await flush();
      await fixture.whenStable();
    };
    return { fixture, el, all, byId, columns, choose, stable: () => fixture.whenStable() };
  }

  beforeEach(() => {
    actions = {
      plan: jest.fn().mockResolvedValue([
        { name: 'Tandem Mia', userIds: ['u-mia', 'u-max'] },
        { name: 'Tandem Ida', userIds: ['u-ida', 'u-absent'] },
      ]),
      open: jest.fn().mockResolvedValue(undefined),
      move: jest.fn().mockResolvedValue(undefined),
      visit: jest.fn().mockResolvedValue(undefined),
      setTimer: jest.fn().mockResolvedValue(undefined),
      broadcast: jest.fn().mockResolvedValue(undefined),
      close: jest.fn().mockResolvedValue(undefined),
    };
  });

  it('plan mode: loads the suggestion, assigns with the room lists and opens the edited rooms', async () => {
    const { el, byId, all, columns, choose, stable } = await render();
    expect(actions.plan).toHaveBeenCalledTimes(1);
    expect(all('breakout-room').map((r) => r.getAttribute('data-room-name'))).toEqual(['Tandem Mia', 'Tandem Ida']);
    // Only people present show; nobody is left in the main room.
    expect(columns()).toEqual([[], ['Mia Mentee', 'Max Mentor'], ['Ida Idee']]);
    expect(byId('breakout-main')?.textContent).toContain('Alle sind zugeteilt.');
    const select = el.querySelector('[data-user-name="Max Mentor"] select');
    expect(select?.getAttribute('aria-label')).toBe('Raum für Max Mentor');

    // A third room, renamed; Max moves there, Ida back to the main room.
    byId('breakout-add-room')?.click();
    await stable();
    const name = all('breakout-room-name')[2] as HTMLInputElement;
    expect(name.value).toBe('Raum 3');
    name.value = 'Gruppe Presse';
    name.dispatchEvent(new Event('input'));
    await stable();
    await choose('Max Mentor', 'Gruppe Presse');
    await choose('Ida Idee', 'Hauptraum');
    expect(columns()).toEqual([['Ida Idee'], ['Mia Mentee'], [], ['Max Mentor']]);
    // Her chip moved to another column: the keyboard stays on her room list.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Raum für Ida Idee');

    // The emptied room can go; rooms with people cannot.
    expect(all('breakout-room')[0]?.querySelector('[data-testid="breakout-remove-room"]')).toBeNull();
    all('breakout-room')[1]?.querySelector<HTMLElement>('[data-testid="breakout-remove-room"]')?.click();
    await stable();
    expect(all('breakout-room').map((r) => r.getAttribute('data-room-name'))).toEqual(['Tandem Mia', 'Gruppe Presse']);

    const minutes = byId('breakout-minutes') as HTMLInputElement;
    expect(minutes.value).toBe('15');
    minutes.value = '20';
    minutes.dispatchEvent(new Event('input'));
    byId('breakout-open')?.click();
    await flush();
    expect(actions.open).toHaveBeenCalledWith(20, [
      { name: 'Tandem Mia', userIds: ['u-mia'] },
      { name: 'Gruppe Presse', userIds: ['u-max'] },
    ]);
  });

  it('plan mode: refuses a duration out of range in German and names an empty room name', async () => {
    const { el, byId, all, stable } = await render();
    const minutes = byId('breakout-minutes') as HTMLInputElement;
    minutes.value = '200';
    minutes.dispatchEvent(new Event('input'));
    const name = all('breakout-room-name')[0] as HTMLInputElement;
    name.value = '  ';
    name.dispatchEvent(new Event('input'));
    byId('breakout-open')?.click();
    await stable();
    expect(actions.open).not.toHaveBeenCalled();
    const errors = Array.from(el.querySelectorAll('mat-error'), (e) => e.textContent?.trim());
    expect(errors).toContain('Bitte ganze Minuten zwischen 1 und 180 angeben');
    expect(errors).toContain('Bitte einen Namen für den Raum angeben');
  });

  it('plan mode: without a suggestion it starts from one empty room and says why', async () => {
    actions.plan.mockRejectedValue(new Error('Keine Tandems im Raum.'));
    const { byId, all, columns } = await render();
    expect(byId('breakout-error')?.textContent?.trim()).toBe('Keine Tandems im Raum.');
    expect(all('breakout-room').map((r) => r.getAttribute('data-room-name'))).toEqual(['Raum 1']);
    expect(columns()).toEqual([['Mia Mentee', 'Max Mentor', 'Ida Idee'], []]);
  });

  it('says when nobody is there to assign', async () => {
    const { byId } = await render({ participants: [PEOPLE[0] as LiveParticipant] });
    expect(byId('breakout-empty')?.textContent).toContain('Noch ist niemand im Live-Seminar');
    expect(byId('breakout-open')).toBeNull();
    expect(actions.plan).not.toHaveBeenCalled();
  });

  describe('live mode', () => {
    const open: LiveBreakout = {
      openedAt: '2027-03-01T18:10:00.000Z',
      endsAt: '2027-03-01T18:25:00.000Z',
      rooms: [
        { id: 'r1', name: 'Tandem Mia', userIds: ['u-mia'], helpRequestedAt: '2027-03-01T18:12:00.000Z' },
        { id: 'r2', name: 'Tandem Ida', userIds: ['u-ida', 'u-trainer'], helpRequestedAt: null },
      ],
    };

    it('moves people at once, visits rooms, shows help calls and the time left', async () => {
      const { el, byId, all, columns, choose } = await render({ breakout: open, remaining: 299 });
      expect(actions.plan).not.toHaveBeenCalled();
      expect(columns()).toEqual([['Max Mentor'], ['Mia Mentee'], ['Ida Idee', 'Tanja Trainer']]);
      expect(byId('breakout-remaining')?.textContent?.trim()).toBe('04:59');
      const [r1, r2] = all('breakout-room');
      expect(r1?.querySelector('[data-testid="breakout-help-requested"]')?.textContent).toContain('Hilfe angefordert');
      expect(r2?.querySelector('[data-testid="breakout-help-requested"]')).toBeNull();
      // The visiting trainer is shown, not moved.
      expect(el.querySelector('[data-user-name="Tanja Trainer"] select')).toBeNull();

      await choose('Max Mentor', 'Tandem Ida');
      expect(actions.move).toHaveBeenCalledWith('u-max', 'r2');
      await choose('Mia Mentee', 'Hauptraum');
      expect(actions.move).toHaveBeenLastCalledWith('u-mia', null);

      const visit = r1?.querySelector<HTMLButtonElement>('[data-testid="breakout-visit"]');
      expect(visit?.getAttribute('aria-label')).toBe('Besuchen: Tandem Mia');
      visit?.click();
      expect(actions.visit).toHaveBeenCalledWith('r1');
      await flush();
      const back = r2?.querySelector<HTMLButtonElement>('[data-testid="breakout-visit"]');
      expect(back?.textContent?.trim()).toBe('Zurück in den Hauptraum');
      back?.click();
      expect(actions.visit).toHaveBeenLastCalledWith(null);
      await flush();

      byId('breakout-extend')?.click();
      expect(actions.setTimer).toHaveBeenCalledWith(10);
      await flush();
      byId('breakout-close')?.click();
      expect(actions.close).toHaveBeenCalledTimes(1);
    });

    it('a refused move says why and leaves the room list where she is', async () => {
      actions.move.mockRejectedValue(new Error('Der Raum ist nicht mehr offen.'));
      const { el, byId, choose } = await render({ breakout: open, remaining: 60 });
      await choose('Max Mentor', 'Tandem Mia');
      expect(byId('breakout-error')?.textContent?.trim()).toBe('Der Raum ist nicht mehr offen.');
      expect(el.querySelector<HTMLSelectElement>('[data-user-name="Max Mentor"] select')?.value).toBe('');
    });

    it('sends a message to all rooms and empties the field', async () => {
      const { byId, stable } = await render({ breakout: open, remaining: 60 });
      byId('breakout-broadcast-send')?.click();
      await stable();
      expect(actions.broadcast).not.toHaveBeenCalled();
      const text = byId('breakout-broadcast-text') as HTMLInputElement;
      text.value = 'Noch fünf Minuten';
      text.dispatchEvent(new Event('input'));
      byId('breakout-broadcast-send')?.click();
      await flush();
      await stable();
      expect(actions.broadcast).toHaveBeenCalledWith('Noch fünf Minuten');
      expect(text.value).toBe('');
      expect(byId('breakout-broadcast-sent')?.textContent).toContain('an alle Räume gesendet');
    });
  });
});
