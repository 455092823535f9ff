import { Injectable, computed, inject, signal } from '@angular/core';
import type { ProgressMatrix, TandemProgress } from '@ecampus/shared/contracts';
import { loadable } from '@ecampus/web/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { ProgressApi } from './progress-api';

/**
 * A program's progress matrix (people × published modules): staff everyone or one tandem,
 * participants themselves and their partner. Provided by the route. The tandems to filter by are
 * those of the last unfiltered matrix, so choosing one keeps the others selectable.
 */
@Injectable()
export class ProgressStore {
  private readonly api = inject(ProgressApi);
  private readonly state = loadable<ProgressMatrix | null>(null);
  private readonly allTandems = signal<TandemProgress[]>([]);
  private readonly exportingState = signal(false);
  private programId = '';
  private tandemId: string | null = null;

  readonly matrix = this.state.value;
  readonly modules = computed(() => this.matrix()?.modules ?? []);
  readonly rows = computed(() => this.matrix()?.rows ?? []);
  /** The shown tandems with the modules both partners completed. */
  readonly tandems = computed(() => this.matrix()?.tandems ?? []);
  readonly loading = this.state.loading;
  readonly loaded = this.state.loaded;
  readonly failed = this.state.failed;
  readonly error = this.state.error;
  /** No published module yet: nothing to show progress in. */
  readonly noModules = computed(() => this.loaded() && !!this.matrix() && this.modules().length === 0);
  /** Modules, but nobody (or nobody in the chosen tandem) to show. */
  readonly noPeople = computed(() => this.loaded() && this.modules().length > 0 && this.rows().length === 0);
  /** The tandems of the filter, by mentor's name. */
  readonly tandemOptions = computed(() => {
    const byId = new Map([...this.allTandems(), ...this.tandems()].map((t) => [t.tandemId, t]));
    return [...byId.values()].sort((a, b) => a.mentor.displayName.localeCompare(b.mentor.displayName));
  });
  readonly exporting = this.exportingState.asReadonly();

  /** The matrix of a program, of one tandem when `tandemId` is given (staff). */
  async load(programId: string, tandemId: string | null = null): Promise<void> {
    if (programId !== this.programId) this.allTandems.set([]);
    this.programId = programId;
    this.tandemId = tandemId;
    await this.state.load(() => firstValueFrom(this.api.matrix(programId, tandemId)));
    const matrix = this.matrix();
    // Only the answer of the latest request counts (loadable drops the others).
    if (this.programId === programId && this.tandemId === null && matrix?.programId === programId && !this.failed()) {
      this.allTandems.set(matrix.tandems);
    }
  }

  /** Downloads what is shown as CSV (staff); rejects when it fails (the global error display says why). */
  async exportCsv(): Promise<void> {
    if (!this.programId) throw new Error('ProgressStore: load(programId) first');
    this.exportingState.set(true);
    try {
      await this.api.exportCsv(this.programId, this.tandemId);
    } finally {
      this.exportingState.set(false);
    }
  }
}
