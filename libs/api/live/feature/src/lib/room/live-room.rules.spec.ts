import { groupPresence, LocalRateWindow, ShortCache, type PresenceEntry } from './live-room.rules';

const entry = (userId: string, displayName: string, moderator = false, processId = 'p1'): PresenceEntry => ({
  userId,
  displayName,
  role: moderator ? 'trainer' : 'mentee',
  moderator,
  processId,
});

describe('groupPresence', () => {
  it('lists each person once however many tabs, moderators first, then by name, with her mute', () => {
    const list = groupPresence(
      [entry('u2', 'Zora'), entry('u1', 'Anna'), entry('u2', 'Zora', false, 'p2'), entry('t', 'Tina', true)],
      new Set(['u2']),
    );
    expect(list).toEqual([
      { userId: 't', displayName: 'Tina', role: 'trainer', moderator: true, muted: false },
      { userId: 'u1', displayName: 'Anna', role: 'mentee', moderator: false, muted: false },
      { userId: 'u2', displayName: 'Zora', role: 'mentee', moderator: false, muted: true },
    ]);
  });
});

describe('LocalRateWindow', () => {
  it('allows max events per window and starts again in the next window', () => {
    const w = new LocalRateWindow(3, 1000);
    expect([w.hit(1000), w.hit(1100), w.hit(1999), w.hit(1999)]).toEqual([true, true, true, false]);
    expect(w.hit(2000)).toBe(true);
  });
});

describe('ShortCache', () => {
  it('loads once within its lifetime and again after it', async () => {
    const cache = new ShortCache<number>(2000);
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get('a', 0, load)).toBe(1);
    expect(await cache.get('a', 1999, load)).toBe(1);
    expect(await cache.get('a', 2000, load)).toBe(2);
    cache.forget('a');
    expect(await cache.get('a', 2001, load)).toBe(3);
  });
});
