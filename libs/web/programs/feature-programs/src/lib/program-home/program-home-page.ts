import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { ProgramStore } from '@ecampus/web/programs/data-access';
import { MODE_KEYS, PROGRAM_STATUS_KEYS } from '@ecampus/web/programs/ui';
import { EmptyState, Loading } from '@ecampus/web/shared/ui';
import { injectProgramTabs, visibleProgramTabs } from '@ecampus/web/shared/ui-plugins';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';

/**
 * Program home: title, mode, status and the registered tabs (provideProgramTab) the caller's roles
 * allow; the tabs' routes render below.
 */
@Component({
  selector: 'ec-program-home-page',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet, Loading, EmptyState, TranslatePipe],
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
  protected readonly tabs = computed(() =>
    visibleProgramTabs(this.registeredTabs, { roles: this.store.roles(), isAdmin: this.store.isAdmin() }).map((tab) => ({
      link: ['/programme', this.programId(), ...(tab.path ? [tab.path] : [])],
      label: tab.label,
      testId: tab.testId,
      // The overview (no path) is active on the program's own URL only; every other tab also on its sub-pages.
      exact: !tab.path,
    })),
  );

  constructor() {
    effect(() => {
      const id = this.programId();
      // Only the id is a dependency; the store's own signals read inside load() are not.
      untracked(() => void this.store.load(id));
    });
  }
}
