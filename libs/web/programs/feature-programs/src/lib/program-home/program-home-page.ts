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
  template: `
    <a class="back" routerLink="/programme">← {{ 'programs.home.back' | t }}</a>
    @if (store.program(); as program) {
      <header>
        <h1 data-testid="program-title">{{ program.title }}</h1>
        <p class="meta">{{ modeKey() | t }} · {{ statusKey() | t }}</p>
      </header>
      <nav mat-tab-nav-bar [tabPanel]="panel" [attr.aria-label]="'programs.home.tabsLabel' | t">
        @for (tab of tabs(); track tab.testId) {
          <a
            mat-tab-link
            [routerLink]="tab.link"
            routerLinkActive
            #active="routerLinkActive"
            [routerLinkActiveOptions]="{ exact: true }"
            [active]="active.isActive"
            [attr.data-testid]="tab.testId"
          >
            {{ tab.label | t }}
          </a>
        }
      </nav>
      <mat-tab-nav-panel #panel>
        <div class="panel"><router-outlet /></div>
      </mat-tab-nav-panel>
    } @else if (store.programFailed()) {
      <ec-empty-state icon="alert" [heading]="'programs.home.loadFailed' | t" [text]="store.programError()?.message ?? ''" />
    } @else {
      <ec-loading [label]="'programs.home.loading' | t" />
    }
  `,
  styles: `
    .back {
      display: inline-block;
      margin-bottom: 0.5rem;
    }
    h1 {
      margin: 0;
      line-height: 1.2;
      overflow-wrap: anywhere;
    }
    .meta {
      margin: 0.25rem 0 1rem;
      color: var(--mat-sys-on-surface-variant, #555);
    }
    .panel {
      padding-top: 1.5rem;
    }
  `,
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
