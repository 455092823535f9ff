import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import type { LiveChatMessage } from '@ecampus/shared/contracts';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { LIVE_ROOM_I18N } from '../../../i18n/room/live-room.i18n';
import { ChatPanel } from './chat-panel';

const message = (id: string, userId: string, text: string, toModerators = false): LiveChatMessage => ({
  id,
  userId,
  displayName: userId === 'me' ? 'Mia Mentee' : 'Tanja Trainer',
  text,
  at: '2027-03-01T18:05:00.000Z',
  toModerators,
});

describe('ChatPanel', () => {
  async function render(options: { blocked?: 'locked' | 'muted' | null; send?: jest.Mock } = {}) {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(LIVE_ROOM_I18N), provideNoopAnimations()] });
    const fixture = TestBed.createComponent(ChatPanel);
    const send = options.send ?? jest.fn().mockResolvedValue(undefined);
    fixture.componentRef.setInput('messages', [message('c1', 'trainer', 'Willkommen'), message('c2', 'me', 'Frage an euch', true)]);
    fixture.componentRef.setInput('meId', 'me');
    fixture.componentRef.setInput('sendMessage', send);
    fixture.componentRef.setInput('blocked', options.blocked ?? null);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const $ = (id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    const box = $('chat-input') as HTMLTextAreaElement;
    const type = async (value: string) => {
      box.value = value;
      box.dispatchEvent(new Event('input'));
      await fixture.whenStable();
    };
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    return { fixture, el, $, box, send, type, settle };
  }

  it('shows the history with her own and private messages marked', async () => {
    const { el } = await render();
    const items = Array.from(el.querySelectorAll('[data-testid="chat-message"]'));
    expect(items.map((i) => i.querySelector('.who')?.textContent?.trim())).toEqual(['Tanja Trainer', 'Sie']);
    expect(items[1]?.querySelector('[data-testid="chat-private"]')?.textContent).toBe('Privat an die Moderation');
  });

  it('does not send an empty or blank message, and says why', async () => {
    const { $, send, type, settle } = await render();
    await type('   ');
    $('chat-send')?.click();
    await settle();
    expect(send).not.toHaveBeenCalled();
    expect($('chat-form')?.textContent).toContain('Bitte eine Nachricht eingeben');
  });

  it('counts characters and refuses more than 2000', async () => {
    const { $, send, type, settle, box } = await render();
    await type('Hallo');
    expect($('chat-counter')?.textContent?.trim()).toBe('5 / 2000');
    expect(box.getAttribute('maxlength')).toBe('2000');
    await type('x'.repeat(2001));
    $('chat-send')?.click();
    await settle();
    expect(send).not.toHaveBeenCalled();
    expect($('chat-form')?.textContent).toContain('Höchstens 2000 Zeichen');
  });

  it('sends with Enter (trimmed, private when ticked) and clears the box; Shift+Enter does not send', async () => {
    const { $, send, type, settle, box } = await render();
    await type('Zeile eins');
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, cancelable: true }));
    await settle();
    expect(send).not.toHaveBeenCalled();

    ($('chat-to-moderators')?.querySelector('input') as HTMLInputElement).click();
    await type('  Nur für Tanja  ');
    const enter = new KeyboardEvent('keydown', { key: 'Enter', cancelable: true });
    box.dispatchEvent(enter);
    await settle();
    expect(enter.defaultPrevented).toBe(true);
    expect(send).toHaveBeenCalledWith('Nur für Tanja', true);
    expect(box.value).toBe('');
  });

  it('keeps the text and shows the server’s refusal', async () => {
    const { $, type, settle, box } = await render({ send: jest.fn().mockRejectedValue(new Error('Bitte etwas langsamer.')) });
    await type('Schnell');
    $('chat-send')?.click();
    await settle();
    expect($('chat-error')?.textContent).toContain('Bitte etwas langsamer.');
    expect(box.value).toBe('Schnell');
  });

  it('explains a locked chat and a muted one, and does not send then', async () => {
    const locked = await render({ blocked: 'locked' });
    expect(locked.$('chat-locked')?.textContent).toContain('Der Chat ist gesperrt');
    expect(locked.box.disabled).toBe(true);
    expect((locked.$('chat-send') as HTMLButtonElement).disabled).toBe(true);
    TestBed.resetTestingModule();

    const muted = await render({ blocked: 'muted' });
    expect(muted.$('chat-muted')?.textContent).toContain('stummgeschaltet');
    expect(await muted.fixture.componentInstance.send()).toBe(false);
    expect(muted.send).not.toHaveBeenCalled();
  });
});
