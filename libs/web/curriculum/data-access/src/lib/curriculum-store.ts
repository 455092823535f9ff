import { Injectable, computed, inject, signal } from '@angular/core';
import type { ApiError, CreateCurriculumItemRequest, CurriculumItem } from '@ecampus/shared/contracts';
import { readApiError } from '@ecampus/web/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { CurriculumApi } from './curriculum-api';

interface State {
  items: CurriculumItem[];
  loading: boolean;
  loaded: boolean;
  /** The last load failed; `error` holds the server's answer when there was one. */
  failed: boolean;
  error: ApiError | null;
}

/**
 * One program's curriculum items. Provided by the domain's route, so it lives as long as the tab.
 */
@Injectable()
export class CurriculumStore {
  private readonly api = inject(CurriculumApi);
  private readonly state = signal<State>({ items: [], loading: false, loaded: false, failed: false, error: null });

  readonly items = computed(() => this.state().items);
  readonly loading = computed(() => this.state().loading);
  readonly failed = computed(() => this.state().failed);
  readonly error = computed(() => this.state().error);
  readonly empty = computed(() => this.state().loaded && this.state().items.length === 0);

  async load(programId: string): Promise<void> {
    this.state.update((s) => ({ ...s, loading: true, failed: false, error: null }));
    try {
      const items = await firstValueFrom(this.api.listItems(programId));
      this.state.set({ items, loading: false, loaded: true, failed: false, error: null });
    } catch (e) {
      this.state.update((s) => ({ ...s, loading: false, failed: true, error: readApiError(e) }));
    }
  }

  /** Adds an item; rejects with the HTTP error, so the form can show the server's messages at its fields. */
  async add(programId: string, body: CreateCurriculumItemRequest): Promise<CurriculumItem> {
    const item = await firstValueFrom(this.api.createItem(programId, body));
    this.state.update((s) => ({ ...s, items: [...s.items, item], loaded: true }));
    return item;
  }
}
