import type { CdkDragDrop } from '@angular/cdk/drag-drop';
import { Directive, ElementRef, Injector, afterNextRender, inject, input, output } from '@angular/core';

/** The ids of `items` after moving the one at `from` to `to` (`to` is clamped to the list). */
export function movedIds(items: readonly { id: string }[], from: number, to: number): string[] {
  const ids = items.map((item) => item.id);
  const target = Math.max(0, Math.min(ids.length - 1, to));
  if (from < 0 || from >= ids.length || from === target) return ids;
  const [moved] = ids.splice(from, 1);
  ids.splice(target, 0, moved as string);
  return ids;
}

/**
 * What the module and lesson lists share: reordering by drag and drop and by the buttons, both
 * ending in one `reorder` event with every id in the new order.
 */
@Directive()
export abstract class ReorderableList {
  readonly canReorder = input(false);
  /** A reorder is being saved: the controls wait. */
  readonly busy = input(false);
  /** The ids in their new order. */
  readonly reorder = output<string[]>();

  /** The items as shown. */
  protected abstract items(): readonly { id: string }[];

  protected dropped(event: CdkDragDrop<unknown>): void {
    if (event.previousIndex !== event.currentIndex) this.reorder.emit(movedIds(this.items(), event.previousIndex, event.currentIndex));
  }

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /**
   * A button's move. While a reorder is saved further presses wait (the buttons stay enabled, so
   * the keyboard focus stays on them); afterwards the focus follows the moved item's button.
   */
  protected move(index: number, delta: -1 | 1): void {
    const id = this.items()[index]?.id;
    if (this.busy() || !id) return;
    this.reorder.emit(movedIds(this.items(), index, index + delta));
    afterNextRender(() => this.focusMoveButton(id, delta), { injector: this.injector });
  }

  private focusMoveButton(id: string, delta: -1 | 1): void {
    const item = Array.from(this.host.nativeElement.querySelectorAll('[data-id]')).find((el) => el.getAttribute('data-id') === id);
    const same = item?.querySelector<HTMLButtonElement>(`[data-testid="${delta < 0 ? 'move-up' : 'move-down'}"]`);
    const other = item?.querySelector<HTMLButtonElement>(`[data-testid="${delta < 0 ? 'move-down' : 'move-up'}"]`);
    (same && !same.disabled ? same : other)?.focus();
  }
}
