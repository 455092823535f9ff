import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { CalendarFeedStore, LiveClock, LiveSessionsStore } from '@ecampus/web/live/data-access';
import { LiveCalendarFeedCard, LiveMonthCalendar, LiveSessionList, gridWindow, isMonth, monthOf } from '@ecampus/web/live/ui';
import { formSubmit, readApiError } from '@ecampus/web/shared/data-access';
import { ConfirmDialog, EmptyState, Loading, PageHeader } from '@ecampus/web/shared/ui';
import { I18nService, TranslatePipe, type TranslationKey } from '@ecampus/web/shared/util-i18n';
import { liveLinks, programIdOfRoute } from '../live-links';

/** `?ansicht=` of the tab: the list (default) or the month calendar. */
export type LiveView = 'liste' | 'kalender';

/**
 * The program tab "Live-Seminare": the upcoming sessions (past ones on request) with their join
 * buttons, or a month calendar (`?ansicht=kalender&monat=2027-03`, so the view can be linked and
 * survives a reload); "Neues Live-Seminar" for staff; the private calendar feed.
 */
@Component({
  selector: 'ec-live-tab',
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatProgressBarModule,
    RouterLink,
    PageHeader,
    Loading,
    EmptyState,
    TranslatePipe,
    LiveSessionList,
    LiveMonthCalendar,
    LiveCalendarFeedCard,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './live-tab.html',
  styleUrl: './live-tab.css',
})
export class LiveTab {
  protected readonly store = inject(LiveSessionsStore);
  protected readonly feed = inject(CalendarFeedStore);
  protected readonly clock = inject(LiveClock);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  protected readonly programId = programIdOfRoute();

  /** `?ansicht=` (component input binding). */
  readonly ansicht = input<string | undefined>();
  /** `?monat=YYYY-MM`: the calendar's month (default: this month). */
  readonly monat = input<string | undefined>();

  protected readonly view = computed<LiveView>(() => (this.ansicht() === 'kalender' ? 'kalender' : 'liste'));
  protected readonly month = computed(() => {
    const m = this.monat();
    return isMonth(m) ? m : monthOf(this.clock.now());
  });
  protected readonly baseLink = computed(() => liveLinks.tab(this.programId()));
  protected readonly createLink = computed(() => liveLinks.create(this.programId()));
  protected readonly showPast = signal(false);
  protected readonly feedBusy = signal(false);
  private readonly renewing = formSubmit(new FormGroup({}));
  private readonly revoking = formSubmit(new FormGroup({}));

  constructor() {
    effect(() => {
      const programId = this.programId();
      untracked(() => void this.store.load(programId));
    });
    effect(() => {
      if (this.view() !== 'kalender') return;
      const programId = this.programId();
      const window = gridWindow(this.month());
      untracked(() => void this.store.loadWindow(programId, window));
    });
    void this.feed.load();
  }

  protected reload(): Promise<void> {
    return this.store.load(this.programId());
  }

  protected reloadMonth(): Promise<void> {
    return this.store.loadWindow(this.programId(), gridWindow(this.month()));
  }

  /** Through the URL, so back, reload and a shared link keep the view. */
  protected setView(view: LiveView): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { ansicht: view === 'kalender' ? 'kalender' : null },
      queryParamsHandling: 'merge',
    });
  }

  protected setMonth(month: string): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { monat: month }, queryParamsHandling: 'merge' });
  }

  protected async createFeed(): Promise<void> {
    await this.feedAction(() => this.feed.create(), 'live.feed.created');
  }

  protected async renewFeed(): Promise<void> {
    const done = await ConfirmDialog.open(this.dialog, {
      heading: this.i18n.t('live.feed.renewTitle'),
      text: this.i18n.t('live.feed.renewText'),
      confirmLabel: this.i18n.t('live.feed.renewConfirm'),
      busyLabel: this.i18n.t('live.feed.renewBusy'),
      confirmTestId: 'live-feed-renew-confirm',
      submission: this.renewing,
      confirm: () => this.renewing.run(() => this.feed.create()),
    });
    if (done) this.notify('live.feed.renewed');
  }

  protected async revokeFeed(): Promise<void> {
    const done = await ConfirmDialog.open(this.dialog, {
      heading: this.i18n.t('live.feed.revokeTitle'),
      text: this.i18n.t('live.feed.revokeText'),
      confirmLabel: this.i18n.t('live.feed.revokeConfirm'),
      busyLabel: this.i18n.t('live.feed.revokeBusy'),
      confirmTestId: 'live-feed-revoke-confirm',
      submission: this.revoking,
      confirm: () => this.revoking.run(() => this.feed.revoke()),
    });
    if (done) this.notify('live.feed.revoked');
  }

  protected copied(ok: boolean): void {
    this.notify(ok ? 'live.feed.copied' : 'live.feed.copyFailed');
  }

  private async feedAction(action: () => Promise<unknown>, success: TranslationKey): Promise<void> {
    this.feedBusy.set(true);
    try {
      await action();
      this.notify(success);
    } catch (e) {
      this.snackBar.open(this.i18n.t('live.detail.failed', { message: readApiError(e)?.message ?? '' }), undefined, { duration: 6000 });
    } finally {
      this.feedBusy.set(false);
    }
  }

  private notify(key: TranslationKey): void {
    this.snackBar.open(this.i18n.t(key), undefined, { duration: 4000 });
  }
}
