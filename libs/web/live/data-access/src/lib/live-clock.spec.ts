import { TestBed } from '@angular/core/testing';
import { LIVE_CLOCK_TICK_MS, LIVE_TIME_SOURCE, LiveClock } from './live-clock';

describe('LiveClock', () => {
  afterEach(() => jest.useRealTimers());

  it('reads its time source now and on every tick, and stops ticking when destroyed', () => {
    jest.useFakeTimers();
    let now = Date.parse('2027-03-01T17:40:00Z');
    TestBed.configureTestingModule({ providers: [LiveClock, { provide: LIVE_TIME_SOURCE, useValue: () => now }] });
    const clock = TestBed.inject(LiveClock);
    expect(clock.now()).toBe(Date.parse('2027-03-01T17:40:00Z'));

    now += 60_000;
    jest.advanceTimersByTime(LIVE_CLOCK_TICK_MS - 1);
    expect(clock.now()).toBe(Date.parse('2027-03-01T17:40:00Z'));
    jest.advanceTimersByTime(1);
    expect(clock.now()).toBe(Date.parse('2027-03-01T17:41:00Z'));

    now += 60_000;
    clock.tick();
    expect(clock.now()).toBe(Date.parse('2027-03-01T17:42:00Z'));

    TestBed.resetTestingModule();
    now += 60_000;
    jest.advanceTimersByTime(LIVE_CLOCK_TICK_MS);
    expect(clock.now()).toBe(Date.parse('2027-03-01T17:42:00Z'));
  });
});
