import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  type ElementRef,
  inject,
  Injector,
  input,
  untracked,
  viewChild,
  viewChildren,
} from '@angular/core';
import { MatTabLink, MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { ProgramStore } from '@ecampus/web/programs/data-access';
import { MODE_KEYS, PROGRAM_STATUS_KEYS } from '@ecampus/web/programs/ui';
import { EmptyState, Loading } from '@ecampus/web/shared/ui';
import { NavBadge, injectProgramTabBadges, injectProgramTabs, visibleProgramTabs } from '@ecampus/web/shared/ui-plugins';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/**
 * Program home: title, mode, status and the registered tabs (provideProgramTab) the caller's roles
 * allow, with their counts (a tab's badge); the tabs' routes render below. When the tabs do not fit (a phone), their row scrolls sideways
 * (no paging buttons: a tab moved under the pointer between press and release was never clicked), and
 * the active tab is scrolled into view.
 */
@Component({
  selector: 'ec-program-home-page',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet, Loading, EmptyState, NavBadge, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './program-home-page.html',
  styleUrl: './program-home-page.css',
})
export class ProgramHomePage {
  protected readonly store = inject(ProgramStore);
  /** From the route (component input binding). */
  readonly programId = input.required<string>();

  protected readonly modeKey = computed(() => MODE_KEYS[this.store.program()?.mode ?? 'reverse']);
  protected readonly statusKey = computed(() => PROGRAM_STATUS_KEYS[this.store.program()?.status ?? 'draft']);

  private readonly registeredTabs = injectProgramTabs();
  private readonly tabBadges = injectProgramTabBadges();
  protected readonly tabs = computed(() =>
    visibleProgramTabs(this.registeredTabs, { roles: this.store.roles(), isAdmin: this.store.isAdmin() }).map((tab) => ({
      link: ['/programme', this.programId(), ...(tab.path ? [tab.path] : [])],
      label: tab.label,
      testId: tab.testId,
      badge: this.tabBadges.get(tab.path),
      // The overview (no path) is active on the program's own URL only; every other tab also on its sub-pages.
      exact: !tab.path,
    })),
  );

  private readonly injector = inject(Injector);
  private readonly tabRow = viewChild<ElementRef<HTMLElement>>('tabRow');
  private readonly tabLinks = viewChildren(MatTabLink);

  constructor() {
    effect(() => {
      const id = this.programId();
      // Only the id is a dependency; the store's own signals read inside load() are not.
      untracked(() => void this.store.load(id));
    });
  }

  /** Scrolls the tab row (only the row, not the page) so that the active tab is fully visible. */
  protected revealActiveTab(): void {
    afterNextRender(
      () => {
        const row = this.tabRow()?.nativeElement;
        const tab = this.tabLinks().find((link) => link.active)?.elementRef.nativeElement as HTMLElement | undefined;
        if (!row || !tab) return;
        const rowBox = row.getBoundingClientRect();
        const tabBox = tab.getBoundingClientRect();
        if (tabBox.left < rowBox.left) row.scrollLeft -= rowBox.left - tabBox.left;
        else if (tabBox.right > rowBox.right) row.scrollLeft += tabBox.right - rowBox.right;
      },
      { injector: this.injector },
    );
  }
}
