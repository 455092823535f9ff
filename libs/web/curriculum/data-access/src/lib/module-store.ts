import { Injectable, computed, inject } from '@angular/core';
import type { ModuleDetail, ModuleHistoryEntry, UpdateModuleRequest } from '@ecampus/shared/contracts';
import { loadable } from '@ecampus/web/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { CurriculumApi } from './curriculum-api';
import { orderedBy } from './order';

/**
 * One module with its lessons, materials and assignments and, for staff, its history. Provided on the module's route.
 * Mutations reject with the HTTP error (forms and confirmation dialogs show the server's words).
 */
@Injectable()
export class ModuleStore {
  private readonly api = inject(CurriculumApi);
  private readonly moduleState = loadable<ModuleDetail | null>(null);
  private readonly historyState = loadable<ModuleHistoryEntry[]>([]);

  readonly module = this.moduleState.value;
  readonly loading = this.moduleState.loading;
  readonly failed = this.moduleState.failed;
  readonly error = this.moduleState.error;
  readonly lessons = computed(() => this.module()?.lessons ?? []);
  readonly materials = computed(() => this.module()?.materials ?? []);
  readonly assignments = computed(() => this.module()?.assignments ?? []);

  readonly history = this.historyState.value;
  readonly historyLoading = this.historyState.loading;
  readonly historyLoaded = this.historyState.loaded;
  readonly historyFailed = this.historyState.failed;

  async load(moduleId: string): Promise<void> {
    if (this.module()?.id !== moduleId) this.historyState.update(() => []);
    await this.moduleState.load(() => firstValueFrom(this.api.getModule(moduleId)));
  }

  loadHistory(): Promise<void> {
    const id = this.requireId();
    return this.historyState.load(() => firstValueFrom(this.api.moduleHistory(id)));
  }

  update(body: UpdateModuleRequest): Promise<ModuleDetail> {
    return this.change(this.api.updateModule(this.requireId(), body));
  }

  publish(): Promise<ModuleDetail> {
    return this.change(this.api.publishModule(this.requireId()));
  }

  unpublish(): Promise<ModuleDetail> {
    return this.change(this.api.unpublishModule(this.requireId()));
  }

  async remove(): Promise<void> {
    await firstValueFrom(this.api.deleteModule(this.requireId()));
    this.moduleState.update(() => null);
  }

  /** A draft copy (with its lessons) at the end of another program. */
  copyTo(programId: string): Promise<ModuleDetail> {
    return firstValueFrom(this.api.copyModule(this.requireId(), programId));
  }

  /** Like CurriculumStore.reorder, for the lessons of this module. */
  async reorderLessons(lessonIds: string[]): Promise<void> {
    const before = this.module();
    this.moduleState.update((m) => (m ? { ...m, lessons: orderedBy(m.lessons, lessonIds) } : m));
    try {
      await firstValueFrom(this.api.reorderLessons(this.requireId(), lessonIds));
      await this.refresh();
    } catch (e) {
      this.moduleState.update(() => before);
      throw e;
    }
  }

  /**
   * A change made through another store (a material uploaded or deleted): shown at once without
   * loading the module again; the history, once shown, follows.
   */
  async changed(change: (module: ModuleDetail) => ModuleDetail): Promise<void> {
    this.moduleState.update((m) => (m ? change(m) : m));
    await this.refreshHistory();
  }

  private async change(request: ReturnType<CurriculumApi['getModule']>): Promise<ModuleDetail> {
    const module = await firstValueFrom(request);
    this.moduleState.update(() => module);
    await this.refreshHistory();
    return module;
  }

  private async refresh(): Promise<void> {
    const module = await firstValueFrom(this.api.getModule(this.requireId()));
    this.moduleState.update(() => module);
    await this.refreshHistory();
  }

  /** The history follows every change once it has been shown. */
  private async refreshHistory(): Promise<void> {
    if (this.historyState.loaded()) await this.loadHistory();
  }

  private requireId(): string {
    const id = this.module()?.id;
    if (!id) throw new Error('ModuleStore: load(moduleId) first');
    return id;
  }
}
