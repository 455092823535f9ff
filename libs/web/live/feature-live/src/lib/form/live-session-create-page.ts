import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked, viewChild } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import type { CreateLiveSessionRequest } from '@ecampus/shared/contracts';
import { LiveSessionsStore } from '@ecampus/web/live/data-access';
import { LiveSessionForm } from '@ecampus/web/live/ui';
import { formSubmit } from '@ecampus/web/shared/data-access';
import { Loading, PageHeader } from '@ecampus/web/shared/ui';
import { I18nService, TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { liveLinks, programIdOfRoute } from '../live-links';

/** "Neues Live-Seminar" (staff): the session form with the program's modules and trainers; then the new session's page. */
/** Before the form renders there is nothing to submit. */
const EMPTY_FORM = new FormGroup({});

@Component({
  selector: 'ec-live-session-create-page',
  imports: [RouterLink, PageHeader, Loading, TranslatePipe, LiveSessionForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './live-session-create-page.html',
  styleUrl: './live-session-form-page.css',
})
export class LiveSessionCreatePage {
  protected readonly store = inject(LiveSessionsStore);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  protected readonly programId = programIdOfRoute();
  protected readonly tabLink = computed(() => liveLinks.tab(this.programId()));
  private readonly formRef = viewChild(LiveSessionForm);
  /** Runs on the child's form, so the server's field messages land at its fields. */
  protected readonly submission = formSubmit(() => this.formRef()?.form ?? EMPTY_FORM);

  constructor() {
    effect(() => {
      const programId = this.programId();
      untracked(() => {
        void this.store.loadProgram(programId);
        void this.store.loadFormOptions(programId);
      });
    });
  }

  protected save(body: CreateLiveSessionRequest): Promise<boolean> {
    return this.submission.run(async () => {
      const session = await this.store.create(body);
      this.snackBar.open(this.i18n.t('live.form.created', { title: session.title }), undefined, { duration: 4000 });
      await this.router.navigate(liveLinks.session(this.programId(), session.id));
    });
  }

  protected cancel(): void {
    void this.router.navigate(this.tabLink());
  }
}
