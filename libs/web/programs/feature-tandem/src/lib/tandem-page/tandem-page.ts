import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TANDEM_LIMITS, type CreateMeetingRequest, type ProgramRole } from '@ecampus/shared/contracts';
import { TandemStore } from '@ecampus/web/programs/data-access';
import {
  MeetingForm,
  MeetingList,
  RoleLabelPipe,
  TandemStatusChip,
  TandemTimeline,
} from '@ecampus/web/programs/ui';
import { formSubmit } from '@ecampus/web/shared/data-access';
import { EcDatePipe, EmptyState, FORM_KIT, Loading } from '@ecampus/web/shared/ui';
import { I18nService, TranslatePipe } from '@ecampus/web/shared/util-i18n';

/**
 * "Mein Tandem" for mentors and mentees (partner and contact, goals, meeting log, timeline), and
 * the same page for coordinators and trainers looking at one tandem (`tandem/:tandemId`).
 */
@Component({
  selector: 'ec-tandem-page',
  imports: [
    FORM_KIT,
    RoleLabelPipe,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    Loading,
    EmptyState,
    MeetingForm,
    MeetingList,
    TandemTimeline,
    TandemStatusChip,
    TranslatePipe,
    EcDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tandem-page.html',
  styleUrl: './tandem-page.css',
})
export class TandemPage {
  protected readonly store = inject(TandemStore);
  private readonly i18n = inject(I18nService);
  private readonly snackBar = inject(MatSnackBar);

  /** Route parameters and data (component input binding). */
  readonly programId = input.required<string>();
  readonly tandemId = input<string>();
  readonly mine = input(false);

  private readonly meetingForm = viewChild.required(MeetingForm);
  protected readonly meetingSubmit = formSubmit(() => this.meetingForm().form);

  protected readonly editingGoals = signal(false);
  protected readonly goalsLimit = TANDEM_LIMITS.goals;
  protected readonly goalsForm = new FormGroup({
    goals: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(TANDEM_LIMITS.goals.max)] }),
  });
  protected readonly goals = this.goalsForm.controls.goals;
  protected readonly goalsSubmit = formSubmit(this.goalsForm);

  protected readonly partnerRole = computed<ProgramRole>(() => (this.store.viewerRole() === 'mentor' ? 'mentee' : 'mentor'));
  /** The two sides of a tandem, as staff see them. */
  protected readonly sides = ['mentor', 'mentee'] as const;

  constructor() {
    effect(() => {
      const programId = this.programId();
      const tandemId = this.tandemId();
      const mine = this.mine();
      untracked(() => void (mine || !tandemId ? this.store.loadMine(programId) : this.store.load(tandemId)));
    });
  }

  protected addMeeting(body: CreateMeetingRequest): Promise<boolean> {
    return this.meetingSubmit.run(async () => {
      await this.store.addMeeting(body);
      this.meetingForm().reset();
      this.snackBar.open(this.i18n.t('programs.meetingForm.saved'), undefined, { duration: 4000 });
    });
  }

  protected editGoals(): void {
    this.goals.reset(this.store.tandem()?.goals ?? '');
    this.goalsSubmit.clear();
    this.editingGoals.set(true);
  }

  protected saveGoals(): Promise<boolean> {
    return this.goalsSubmit.run(async () => {
      await this.store.saveGoals(this.goals.value.trim());
      this.editingGoals.set(false);
      this.snackBar.open(this.i18n.t('programs.tandem.goalsSaved'), undefined, { duration: 4000 });
    });
  }
}
