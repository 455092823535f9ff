import { computed, signal, type Signal } from '@angular/core';
import type { ApiError } from '@ecampus/shared/contracts';
import { readApiError } from './api-error';

/** One piece of server data a store holds — a list, an account — and how loading it went. */
export interface Loadable<T> {
  readonly value: Signal<T>;
  readonly loading: Signal<boolean>;
  /** True once a load succeeded: an empty list is then really empty, not "not yet there". */
  readonly loaded: Signal<boolean>;
  readonly failed: Signal<boolean>;
  /** The server's answer to the last failed load, when it sent one (null for network failures). */
  readonly error: Signal<ApiError | null>;
  /** Loads with `fetch`; the value stays until the answer is there. An answer that arrives after a newer load started is dropped. */
  load(fetch: () => Promise<T>): Promise<void>;
  /** Changes the value (after a change the server confirmed, or to forget it). */
  update(change: (value: T) => T): void;
}

/**
 * The state of one piece of server data for a store: value, loading, loaded, failed and the
 * server's error, with late answers of superseded loads ignored (a search typed on).
 */
export function loadable<T>(initial: T): Loadable<T> {
  const state = signal({ value: initial, loading: false, loaded: false, failed: false, error: null as ApiError | null });
  let latest = 0;
  return {
    value: computed(() => state().value),
    loading: computed(() => state().loading),
    loaded: computed(() => state().loaded),
    failed: computed(() => state().failed),
    error: computed(() => state().error),
    async load(fetch) {
      const request = ++latest;
      state.update((s) => ({ ...s, loading: true, failed: false, error: null }));
      try {
        const value = await fetch();
        if (request === latest) state.set({ value, loading: false, loaded: true, failed: false, error: null });
      } catch (e) {
        if (request === latest) state.update((s) => ({ ...s, loading: false, failed: true, error: readApiError(e) }));
      }
    },
    update: (change) => state.update((s) => ({ ...s, value: change(s.value) })),
  };
}
