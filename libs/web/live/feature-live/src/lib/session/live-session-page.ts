import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import type { LiveSession } from '@ecampus/shared/contracts';
import { LiveClock, LiveSessionStore, LiveSessionsStore } from '@ecampus/web/live/data-access';
import { JoinButton, LiveAttendanceTable, LiveStatusChip, LiveWhenPipe } from '@ecampus/web/live/ui';
import { formSubmit, readApiError } from '@ecampus/web/shared/data-access';
import { ConfirmDialog, EmptyState, Loading } from '@ecampus/web/shared/ui';
import { I18nService, TranslatePipe, type TranslationKey } from '@ecampus/web/shared/util-i18n';
import { liveLinks, programIdOfRoute } from '../live-links';

/**
 * One live session: time, description, module, trainers, status; join, and add to one's calendar
 * (.ics). Moderators edit and delete it while scheduled, start and end it (ending after a
 * confirmation), and once it has begun see its attendance, downloadable as CSV.
 */
@Component({
  selector: 'ec-live-session-page',
  imports: [MatButtonModule, RouterLink, Loading, EmptyState, TranslatePipe, LiveWhenPipe, LiveStatusChip, JoinButton, LiveAttendanceTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './live-session-page.html',
  styleUrl: './live-session-page.css',
})
export class LiveSessionPage {
  protected readonly store = inject(LiveSessionStore);
  private readonly sessions = inject(LiveSessionsStore);
  protected readonly clock = inject(LiveClock);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);

  /** From the route (component input binding). */
  readonly sessionId = input.required<string>();
  protected readonly programId = programIdOfRoute();
  protected readonly tabLink = computed(() => liveLinks.tab(this.programId()));
  protected readonly editLink = computed(() => liveLinks.edit(this.programId(), this.sessionId()));
  protected readonly roomLink = computed(() => liveLinks.room(this.programId(), this.sessionId()));
  protected readonly starting = signal(false);
  private readonly ending = formSubmit(new FormGroup({}));
  private readonly deleting = formSubmit(new FormGroup({}));

  constructor() {
    effect(() => {
      const id = this.sessionId();
      untracked(() => void this.store.load(id));
    });
    // Moderators see the attendance once the session has begun (again after it started or ended here).
    effect(() => {
      const session = this.store.session();
      if (!this.store.showsAttendance() || !session) return;
      untracked(() => void this.store.loadAttendance());
    });
  }

  protected reload(): Promise<void> {
    return this.store.load(this.sessionId());
  }

  protected names(session: LiveSession): string {
    return session.trainers.map((t) => t.displayName).join(', ');
  }

  protected async start(): Promise<void> {
    this.starting.set(true);
    try {
      this.sessions.changed(await this.store.start());
      this.notify('live.detail.started');
    } catch (e) {
      this.failed(e);
    } finally {
      this.starting.set(false);
    }
  }

  protected async end(session: LiveSession): Promise<void> {
    const done = await ConfirmDialog.open(this.dialog, {
      heading: this.i18n.t('live.detail.endTitle'),
      text: this.i18n.t('live.detail.endText', { title: session.title }),
      confirmLabel: this.i18n.t('live.detail.endConfirm'),
      busyLabel: this.i18n.t('live.detail.endBusy'),
      confirmTestId: 'live-end-confirm',
      submission: this.ending,
      confirm: () => this.ending.run(async () => this.sessions.changed(await this.store.end())),
    });
    if (done) this.notify('live.detail.ended');
  }

  protected async remove(session: LiveSession): Promise<void> {
    const done = await ConfirmDialog.open(this.dialog, {
      heading: this.i18n.t('live.detail.deleteTitle'),
      text: this.i18n.t('live.detail.deleteText', { title: session.title }),
      confirmLabel: this.i18n.t('live.detail.deleteConfirm'),
      busyLabel: this.i18n.t('live.detail.deleteBusy'),
      confirmTestId: 'live-delete-confirm',
      submission: this.deleting,
      confirm: () => this.deleting.run(() => this.store.remove()),
    });
    if (!done) return;
    this.sessions.removed(session.id);
    this.notify('live.detail.deleted');
    await this.router.navigate(this.tabLink());
  }

  protected async downloadIcs(): Promise<void> {
    try {
      await this.store.downloadIcs();
    } catch {
      // The global error display has said why; the button is ready again.
    }
  }

  protected async exportCsv(): Promise<void> {
    try {
      await this.store.exportAttendanceCsv();
    } catch {
      // The global error display has said why.
    }
  }

  private failed(e: unknown): void {
    const message = readApiError(e)?.message ?? this.i18n.t('live.page.loadFailed');
    this.snackBar.open(this.i18n.t('live.detail.failed', { message }), undefined, { duration: 6000 });
  }

  private notify(key: TranslationKey): void {
    this.snackBar.open(this.i18n.t(key), undefined, { duration: 4000 });
  }
}
