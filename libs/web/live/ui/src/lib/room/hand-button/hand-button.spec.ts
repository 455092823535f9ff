import { TestBed } from '@angular/core/testing';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { LIVE_ROOM_I18N } from '../../../i18n/room/live-room.i18n';
import { HandButton } from './hand-button';

describe('HandButton', () => {
  async function render(position: number) {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(LIVE_ROOM_I18N)] });
    const fixture = TestBed.createComponent(HandButton);
    fixture.componentRef.setInput('position', position);
    await fixture.whenStable();
    const toggled: boolean[] = [];
    fixture.componentInstance.handChange.subscribe((up) => toggled.push(up));
    const button = (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('[data-testid="hand-button"]');
    return { fixture, button, toggled };
  }

  it('offers to raise the hand while it is down', async () => {
    const { button, toggled } = await render(0);
    expect(button?.textContent?.trim()).toBe('Hand heben');
    button?.click();
    expect(toggled).toEqual([true]);
  });

  it('shows her place in the queue while the hand is up and lowers it', async () => {
    const { fixture, button, toggled } = await render(2);
    expect(button?.textContent?.trim()).toBe('Hand senken · Platz 2');
    expect(button?.getAttribute('data-position')).toBe('2');
    button?.click();
    expect(toggled).toEqual([false]);

    fixture.componentRef.setInput('position', 1);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent?.trim()).toBe('Hand senken · Platz 1');
  });
});
