import { DestroyRef, Injectable, InjectionToken, inject, signal } from '@angular/core';

/** Where the time comes from: `Date.now` in the app, a hand-moved clock in tests. */
export const LIVE_TIME_SOURCE = new InjectionToken<() => number>('LIVE_TIME_SOURCE', { factory: () => () => Date.now() });

/** How often the pages look at the clock: join buttons open within this of their time. */
export const LIVE_CLOCK_TICK_MS = 15_000;

/**
 * "Now" as a signal for the live pages, so a join button opens by itself 15 minutes before the
 * start without a reload. Provided by the domain's route: it ticks while a live page is shown.
 */
@Injectable()
export class LiveClock {
  private readonly source = inject(LIVE_TIME_SOURCE);
  private readonly current = signal(this.source());
  /** Milliseconds since the epoch, at most LIVE_CLOCK_TICK_MS old. */
  readonly now = this.current.asReadonly();

  constructor() {
    const timer = setInterval(() => this.tick(), LIVE_CLOCK_TICK_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  /** Reads the time source again (the timer does; tests and "back to the tab" may too). */
  tick(): void {
    this.current.set(this.source());
  }
}
