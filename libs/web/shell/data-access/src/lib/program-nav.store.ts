import { HttpClient, HttpContext } from '@angular/common/http';
import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { Program } from '@ecampus/shared/contracts';
import { SKIP_GLOBAL_ERROR } from '@ecampus/web/shared/data-access';

/** What the navigation needs of a program; the full shape is the contract's Program. */
export type ProgramNavItem = Pick<Program, 'id' | 'title'> & Partial<Pick<Program, 'status' | 'myRoles'>>;

type LoadState = 'idle' | 'loading' | 'loaded' | 'failed';

/** API.md allows a bare array or `{ items: [...] }` for lists. */
function itemsOf(answer: unknown): ProgramNavItem[] {
  const list = Array.isArray(answer)
    ? answer
    : typeof answer === 'object' && answer !== null && Array.isArray((answer as { items?: unknown }).items)
      ? (answer as { items: unknown[] }).items
      : [];
  return list.filter(
    (p): p is ProgramNavItem =>
      typeof p === 'object' && p !== null && typeof (p as ProgramNavItem).id === 'string' && typeof (p as ProgramNavItem).title === 'string',
  );
}

/**
 * The signed-in person's programs for the navigation and the start page. Provided on the shell
 * route, so it lives exactly as long as the signed-in layout (a new login starts empty).
 */
@Injectable()
export class ProgramNavStore {
  private readonly http = inject(HttpClient);
  private readonly destroyRef = inject(DestroyRef);
  private readonly state = signal<{ status: LoadState; programs: ProgramNavItem[] }>({ status: 'idle', programs: [] });

  readonly programs = computed(() => this.state().programs);
  readonly loading = computed(() => this.state().status === 'loading');
  /** The list could not be loaded; the empty state says so instead of an error popup. */
  readonly failed = computed(() => this.state().status === 'failed');
  readonly empty = computed(() => this.state().status !== 'loading' && this.state().programs.length === 0);

  load(): void {
    this.state.update((s) => ({ ...s, status: 'loading' }));
    this.http
      .get<unknown>('/api/programs', { context: new HttpContext().set(SKIP_GLOBAL_ERROR, true) })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (answer) => this.state.set({ status: 'loaded', programs: itemsOf(answer) }),
        error: () => this.state.set({ status: 'failed', programs: [] }),
      });
  }
}
