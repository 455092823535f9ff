import { isTypingTarget, shortcutOf } from './room-shortcuts';

function press(key: string, target: Element = document.body, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

describe('room shortcuts', () => {
  afterEach(() => (document.body.innerHTML = ''));

  it('maps H, C, ?, arrows and PageUp/PageDown on the page', () => {
    expect(['h', 'H', 'c', '?', 'ArrowRight', 'PageDown', 'ArrowLeft', 'PageUp', 'x'].map((key) => shortcutOf(press(key)))).toEqual([
      'hand',
      'hand',
      'chat',
      'help',
      'next',
      'next',
      'prev',
      'prev',
      null,
    ]);
  });

  it('stays out while she types in a field, and of the browser’s own key combinations', () => {
    document.body.innerHTML = `
      <textarea id="chat"></textarea><input id="q" /><select id="s"></select>
      <div contenteditable="true"><span id="inside">x</span></div>`;
    for (const id of ['chat', 'q', 's', 'inside']) {
      const target = document.getElementById(id) as Element;
      expect(shortcutOf(press('h', target))).toBeNull();
      expect(shortcutOf(press('ArrowRight', target))).toBeNull();
    }
    expect(isTypingTarget(document.getElementById('chat'))).toBe(true);
    expect(shortcutOf(press('h', document.body, { ctrlKey: true }))).toBeNull();
    expect(shortcutOf(press('c', document.body, { metaKey: true }))).toBeNull();
  });

  it('leaves the arrow keys to widgets that use them (tabs, radio groups), but not H', () => {
    document.body.innerHTML = `<div role="tablist"><button id="tab" role="tab">Chat</button></div><div role="radiogroup"><input id="radio" type="radio" /></div>`;
    const tab = document.getElementById('tab') as Element;
    expect(shortcutOf(press('ArrowRight', tab))).toBeNull();
    expect(shortcutOf(press('h', tab))).toBe('hand');
  });

  it('ignores a key another handler already took', () => {
    const event = press('ArrowRight');
    event.preventDefault();
    expect(shortcutOf(event)).toBeNull();
  });
});
