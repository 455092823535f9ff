import { BreakpointObserver } from '@angular/cdk/layout';
import { NgComponentOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { ACCOUNT_PASSWORD_PATH, ACCOUNT_SESSIONS_PATH, AuthStore, LOGIN_PATH } from '@ecampus/web/identity/data-access';
import { ProgramNavStore, type ProgramNavItem } from '@ecampus/web/shell/data-access';
import { Icon } from '@ecampus/web/shared/ui';
import {
  NavBadge,
  injectNavEntries,
  injectProgramTabBadges,
  injectProgramTabs,
  loadToolbarItems,
  visibleNavEntries,
  visibleProgramTabs,
  type ProgramTabBadge,
} from '@ecampus/web/shared/ui-plugins';
import { I18nService, TranslatePipe, type Language } from '@ecampus/web/shared/util-i18n';
import { map } from 'rxjs';

/** Below this width the navigation slides over the content instead of sitting beside it. */
const HANDSET_QUERY = '(max-width: 959.98px)';

/**
 * The signed-in frame: toolbar with the controls domains register (provideToolbarItem, e.g. the
 * notifications' bell) and the user menu (language, password, sessions, logout), navigation
 * (start page, the entries domains register with provideNavEntry that the person may see, her
 * programs — for administrators all, marked where she is no member — each with the counts its
 * program tabs register, e.g. submissions waiting for review), main area.
 */
@Component({
  selector: 'ec-shell-layout',
  imports: [
    NgComponentOutlet,
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbarModule,
    MatSidenavModule,
    MatListModule,
    MatMenuModule,
    MatButtonModule,
    MatProgressBarModule,
    Icon,
    NavBadge,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell-layout.html',
  styleUrl: './shell-layout.css',
})
export class ShellLayout {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18nService);
  protected readonly programs = inject(ProgramNavStore);
  private readonly registeredEntries = injectNavEntries();
  /** The program tabs that carry a count; their badges live as long as this layout. */
  private readonly badgedTabs = injectProgramTabs().filter((tab) => tab.badge);
  private readonly tabBadges = injectProgramTabBadges();
  /** The top bar's controls of other domains, loaded with their chunks. */
  protected readonly toolbarItems = loadToolbarItems();

  protected readonly user = this.auth.user;
  protected readonly navEntries = computed(() => visibleNavEntries(this.registeredEntries, { isAdmin: this.user()?.isAdmin ?? false }));
  protected readonly passwordPath = ACCOUNT_PASSWORD_PATH;
  protected readonly sessionsPath = ACCOUNT_SESSIONS_PATH;
  protected readonly isHandset = toSignal(
    inject(BreakpointObserver)
      .observe(HANDSET_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  private readonly sidenav = viewChild.required<MatSidenav>('sidenav');
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  constructor() {
    this.programs.load();
  }

  /** Moves focus without changing the URL (a plain #main link would leave the Angular route). */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected closeNavOnHandset(): void {
    if (this.isHandset()) void this.sidenav().close();
  }

  /** Administrators see every program; this marks the ones they hold no role in. */
  protected notMember(program: ProgramNavItem): boolean {
    return (this.user()?.isAdmin ?? false) && program.myRoles?.length === 0;
  }

  /**
   * The counts to show beside a program: the badges of the tabs she may see there (all of them
   * when her roles are not known), those above 0.
   */
  protected badgesOf(program: ProgramNavItem): { count: number; badge: ProgramTabBadge }[] {
    const tabs = program.myRoles
      ? visibleProgramTabs(this.badgedTabs, { roles: program.myRoles, isAdmin: this.user()?.isAdmin ?? false })
      : this.badgedTabs;
    return tabs.flatMap((tab) => {
      const badge = this.tabBadges.get(tab.path);
      const count = badge?.count(program.id) ?? 0;
      return badge && count > 0 ? [{ count, badge }] : [];
    });
  }

  /**
   * All counts of all programs together: on a phone the navigation is closed, so its menu button
   * carries the sum (and says it to screen readers) — something waits behind it.
   */
  protected readonly waitingTotal = computed(() =>
    this.programs.programs().reduce((sum, program) => sum + this.badgesOf(program).reduce((s, shown) => s + shown.count, 0), 0),
  );

  protected setLanguage(language: Language): void {
    this.i18n.setLanguage(language);
  }

  protected async logout(): Promise<void> {
    await this.auth.logout();
    await this.router.navigateByUrl(LOGIN_PATH);
  }
}
