import { HttpClient, HttpContext } from '@angular/common/http';
import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ListSchema, ProgramSchema } from '@ecampus/shared/contracts';
import { DataChanges, SKIP_GLOBAL_ERROR } from '@ecampus/web/shared/data-access';
import * as z from 'zod';

/** What the navigation needs of a program: the contract's Program, of which only id and title are required here. */
const ProgramNavItemSchema = ProgramSchema.pick({ id: true, title: true, status: true, myRoles: true }).partial({
  status: true,
  myRoles: true,
});
export type ProgramNavItem = z.infer<typeof ProgramNavItemSchema>;

/** `GET /api/programs` answers the common list shape `{ items, total }`. */
const ProgramNavAnswerSchema = ListSchema(ProgramNavItemSchema).transform((answer) => answer.items);

type LoadState = 'idle' | 'loading' | 'loaded' | 'failed';

/**
 * The signed-in person's programs for the navigation and the start page (administrators: every
 * current program). Provided on the shell route, so it lives exactly as long as the signed-in
 * layout (a new login starts empty).
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

  constructor() {
    // A program created, archived or renamed elsewhere on the page shows here at once.
    inject(DataChanges)
      .of('programs')
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.load());
  }

  /** Loads the list again; a call while a load is running joins that one. */
  load(): void {
    if (this.state().status === 'loading') return;
    this.state.update((s) => ({ ...s, status: 'loading' }));
    this.http
      .get<unknown>('/api/programs', { context: new HttpContext().set(SKIP_GLOBAL_ERROR, true) })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (answer) => {
          const parsed = ProgramNavAnswerSchema.safeParse(answer);
          // An answer that does not match the contract counts as a failure, like an HTTP error.
          this.state.set(parsed.success ? { status: 'loaded', programs: parsed.data } : { status: 'failed', programs: [] });
        },
        error: () => this.state.set({ status: 'failed', programs: [] }),
      });
  }
}
