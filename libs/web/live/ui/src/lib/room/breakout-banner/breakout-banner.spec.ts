import { TestBed } from '@angular/core/testing';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { LIVE_ROOM_I18N } from '../../../i18n/room/live-room.i18n';
import { BreakoutBanner } from './breakout-banner';
import { formatCountdown } from './countdown';

describe('BreakoutBanner', () => {
  async function render(inputs: Record<string, unknown>) {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(LIVE_ROOM_I18N)] });
    const fixture = TestBed.createComponent(BreakoutBanner);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const byId = (id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    return { fixture, byId };
  }

  it('says which room she is in and the time left; calls for help and takes it back', async () => {
    const { fixture, byId } = await render({ roomName: 'Tandem Mia', remaining: 754 });
    expect(byId('breakout-banner')?.querySelector('[role="status"]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Sie sind im Gruppenraum „Tandem Mia“ · noch 12:34',
    );
    expect(byId('breakout-back')).toBeNull();
    const help: boolean[] = [];
    fixture.componentInstance.help.subscribe((requested: boolean) => help.push(requested));
    expect(byId('breakout-help')?.textContent?.trim()).toBe('Hilfe anfordern');
    byId('breakout-help')?.click();

    fixture.componentRef.setInput('helpRequested', true);
    fixture.componentRef.setInput('remaining', 753);
    await fixture.whenStable();
    expect(byId('breakout-help')?.textContent?.trim()).toBe('Hilfe angefordert – zurücknehmen');
    expect(byId('breakout-banner-remaining')?.textContent).toContain('12:33');
    byId('breakout-help')?.click();
    expect(help).toEqual([true, false]);
  });

  it('shows the message to all rooms; a moderator goes back instead of calling for help', async () => {
    const { fixture, byId } = await render({ roomName: 'Gruppe 2', moderator: true, broadcast: 'Bitte zum Ende kommen' });
    expect(byId('breakout-broadcast-message')?.textContent?.trim()).toBe('Nachricht an alle Räume: Bitte zum Ende kommen');
    expect(byId('breakout-help')).toBeNull();
    let back = 0;
    fixture.componentInstance.back.subscribe(() => back++);
    byId('breakout-back')?.click();
    expect(back).toBe(1);
  });

  it('formats the countdown as mm:ss', () => {
    expect(formatCountdown(0)).toBe('00:00');
    expect(formatCountdown(59.9)).toBe('00:59');
    expect(formatCountdown(900)).toBe('15:00');
    expect(formatCountdown(-3)).toBe('00:00');
  });
});
