import {
  type EnvironmentProviders,
  Injector,
  InjectionToken,
  PendingTasks,
  type Signal,
  type Type,
  inject,
  makeEnvironmentProviders,
  runInInjectionContext,
  signal,
} from '@angular/core';

/**
 * A control a domain puts into the shell's top bar, before the user menu (notifications' bell),
 * so the shell shows it without knowing that domain. Register with provideToolbarItem() in the
 * domain's provide function. The component takes no inputs: it finds what it shows itself.
 */
export interface ToolbarItem {
  /** Stable name of the item (tracking, log messages). */
  readonly id: string;
  /** Position in the top bar, ascending (left to right). */
  readonly order: number;
  /**
   * Loads the component (a dynamic import, so it comes in a chunk of its own, not with the app)
   * and whatever it needs first, such as its domain's texts. Runs in an injection context.
   */
  readonly load: () => Promise<Type<unknown>>;
}

/** The registered toolbar items. Provide with provideToolbarItem() in the app's providers only. */
export const TOOLBAR_ITEMS = new InjectionToken<readonly ToolbarItem[]>('TOOLBAR_ITEMS');

/** Registers a control of the top bar, at the app's root (app.config.ts). */
export function provideToolbarItem(item: ToolbarItem): EnvironmentProviders {
  return makeEnvironmentProviders([{ provide: TOOLBAR_ITEMS, useValue: item, multi: true }]);
}

/** The registered items, ordered. Call in an injection context. */
export function injectToolbarItems(): readonly ToolbarItem[] {
  return [...(inject(TOOLBAR_ITEMS, { optional: true }) ?? [])].sort((a, b) => a.order - b.order);
}

export interface LoadedToolbarItem {
  readonly id: string;
  readonly component: Type<unknown>;
}

/**
 * Loads the registered items for the shell's top bar (call in the shell's injection context): a
 * signal that holds them, in their order, once all have loaded. An item that fails to load is
 * left out — the top bar stays usable. A pending task, so the app (and a test's whenStable) waits.
 */
export function loadToolbarItems(): Signal<readonly LoadedToolbarItem[]> {
  const loaded = signal<readonly LoadedToolbarItem[]>([]);
  const items = injectToolbarItems();
  if (items.length === 0) return loaded.asReadonly();
  const injector = inject(Injector);
  const loads = items.map((item) =>
    runInInjectionContext(injector, item.load)
      .then((component): LoadedToolbarItem => ({ id: item.id, component }))
      .catch((error: unknown) => {
        console.error(`Toolbar item "${item.id}" could not be loaded`, error);
        return null;
      }),
  );
  inject(PendingTasks).run(async () => {
    const all = await Promise.all(loads);
    loaded.set(all.filter((item): item is LoadedToolbarItem => item !== null));
  });
  return loaded.asReadonly();
}
