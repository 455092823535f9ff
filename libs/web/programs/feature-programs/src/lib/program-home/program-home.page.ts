import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { ProgramStore } from '@ecampus/web/programs/data-access';
import { LoadingComponent, MODE_KEYS, PROGRAM_STATUS_KEYS } from '@ecampus/web/programs/ui';
import { EmptyState } from '@ecampus/web/shared/ui';
import { TranslatePipe, type TranslationKey } from '@ecampus/web/shared/util-i18n';

interface Tab {
  link: string[];
  label: TranslationKey;
  testId: string;
  exact: boolean;
}

/** Program home: title, mode, status and the tabs the caller's roles allow; tabs render below. */
@Component({
  selector: 'ec-program-home-page',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet, LoadingComponent, EmptyState, TranslatePipe],
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
            [routerLinkActiveOptions]="{ exact: tab.exact }"
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

  protected readonly tabs = computed<Tab[]>(() => {
    const base = ['/programme', this.programId()];
    const tabs: Tab[] = [{ link: base, label: 'programs.home.tabOverview', testId: 'tab-overview', exact: true }];
    if (this.store.isParticipant()) {
      tabs.push(
        { link: [...base, 'mein-tandem'], label: 'programs.home.tabMyTandem', testId: 'tab-my-tandem', exact: true },
        { link: [...base, 'profil'], label: 'programs.home.tabProfile', testId: 'tab-profile', exact: true },
      );
    }
    if (this.store.canSeeStaffViews()) {
      tabs.push(
        { link: [...base, 'mitglieder'], label: 'programs.home.tabMembers', testId: 'tab-members', exact: true },
        { link: [...base, 'tandems'], label: 'programs.home.tabTandems', testId: 'tab-tandems', exact: true },
      );
    }
    if (this.store.canManage()) {
      tabs.push({ link: [...base, 'einstellungen'], label: 'programs.home.tabSettings', testId: 'tab-settings', exact: true });
    }
    return tabs;
  });

  constructor() {
    effect(() => {
      const id = this.programId();
      // Only the id is a dependency; the store's own signals read inside load() are not.
      untracked(() => void this.store.load(id));
    });
  }
}
