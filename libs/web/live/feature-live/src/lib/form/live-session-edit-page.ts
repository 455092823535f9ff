import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked, viewChild } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import type { CreateLiveSessionRequest } from '@ecampus/shared/contracts';
import { LiveSessionStore, LiveSessionsStore } from '@ecampus/web/live/data-access';
import { LiveSessionForm } from '@ecampus/web/live/ui';
import { formSubmit } from '@ecampus/web/shared/data-access';
import { EmptyState, Loading, PageHeader } from '@ecampus/web/shared/ui';
import { I18nService, TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { liveLinks, programIdOfRoute } from '../live-links';

const EMPTY_FORM = new FormGroup({});

/** "Live-Seminar bearbeiten" (moderators, while scheduled): the session form filled in; then back to the session. */
@Component({
  selector: 'ec-live-session-edit-page',
  imports: [MatButtonModule, RouterLink, PageHeader, Loading, EmptyState, TranslatePipe, LiveSessionForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './live-session-edit-page.html',
  styleUrl: './live-session-form-page.css',
})
export class LiveSessionEditPage {
  protected readonly store = inject(LiveSessionStore);
  protected readonly sessions = inject(LiveSessionsStore);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  /** From the route (component input binding). */
  readonly sessionId = input.required<string>();
  protected readonly programId = programIdOfRoute();
  protected readonly sessionLink = computed(() => liveLinks.session(this.programId(), this.sessionId()));
  protected readonly editable = computed(() => {
    const s = this.store.session();
    return !!s && s.canModerate && s.status === 'scheduled';
  });
  private readonly formRef = viewChild(LiveSessionForm);
  protected readonly submission = formSubmit(() => this.formRef()?.form ?? EMPTY_FORM);

  constructor() {
    effect(() => {
      const id = this.sessionId();
      untracked(() => void this.store.load(id));
    });
    effect(() => {
      const programId = this.programId();
      untracked(() => void this.sessions.loadFormOptions(programId));
    });
  }

  protected reload(): Promise<void> {
    return this.store.load(this.sessionId());
  }

  protected save(body: CreateLiveSessionRequest): Promise<boolean> {
    return this.submission.run(async () => {
      this.sessions.changed(await this.store.update(body));
      this.snackBar.open(this.i18n.t('live.form.saved'), undefined, { duration: 4000 });
      await this.router.navigate(this.sessionLink());
    });
  }

  protected cancel(): void {
    void this.router.navigate(this.sessionLink());
  }
}
