import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import type { ApiError, CreateMeetingRequest } from '@ecampus/shared/contracts';
import { TandemStore, displayError } from '@ecampus/web/programs/data-access';
import {
  EcDatePipe,
  LoadingComponent,
  MeetingFormComponent,
  MeetingListComponent,
  ROLE_KEYS,
  TANDEM_STATUS_KEYS,
  TandemStatusChipComponent,
  TandemTimelineComponent,
  FormMessagesComponent,
} from '@ecampus/web/programs/ui';
import { EmptyState } from '@ecampus/web/shared/ui';
import { I18nService, TranslatePipe } from '@ecampus/web/shared/util-i18n';

/**
 * "Mein Tandem" for mentors and mentees (partner and contact, goals, meeting log, timeline), and
 * the same page for coordinators and trainers looking at one tandem (`tandem/:tandemId`).
 */
@Component({
  selector: 'ec-tandem-page',
  imports: [
    FormMessagesComponent,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    LoadingComponent,
    EmptyState,
    MeetingFormComponent,
    MeetingListComponent,
    TandemTimelineComponent,
    TandemStatusChipComponent,
    TranslatePipe,
    EcDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tandem.page.html',
  styleUrl: './tandem.page.scss',
})
export class TandemPage {
  protected readonly store = inject(TandemStore);
  private readonly i18n = inject(I18nService);
  private readonly snackBar = inject(MatSnackBar);

  /** Route parameters and data (component input binding). */
  readonly programId = input.required<string>();
  readonly tandemId = input<string>();
  readonly mine = input(false);

  protected readonly roleKeys = ROLE_KEYS;
  protected readonly statusKeys = TANDEM_STATUS_KEYS;

  protected readonly meetingSaving = signal(false);
  protected readonly meetingError = signal<ApiError | null>(null);
  private readonly meetingForm = viewChild(MeetingFormComponent);

  protected readonly editingGoals = signal(false);
  protected readonly goalsSaving = signal(false);
  protected readonly goalsMessages = signal<string[]>([]);
  protected readonly goalsForm = new FormGroup({
    goals: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(5000)] }),
  });
  protected readonly goals = this.goalsForm.controls.goals;

  protected readonly partnerRoleKey = computed(() => ROLE_KEYS[this.store.viewerRole() === 'mentor' ? 'mentee' : 'mentor']);

  constructor() {
    effect(() => {
      const programId = this.programId();
      const tandemId = this.tandemId();
      const mine = this.mine();
      untracked(() => void (mine || !tandemId ? this.store.loadMine(programId) : this.store.load(tandemId)));
    });
  }

  protected async addMeeting(body: CreateMeetingRequest): Promise<void> {
    this.meetingSaving.set(true);
    this.meetingError.set(null);
    try {
      await this.store.addMeeting(body);
      this.meetingForm()?.reset();
      this.snackBar.open(this.i18n.t('programs.meetingForm.saved'), undefined, { duration: 4000 });
    } catch (e) {
      this.meetingError.set(displayError(e, this.i18n));
    } finally {
      this.meetingSaving.set(false);
    }
  }

  protected editGoals(): void {
    this.goals.reset(this.store.tandem()?.goals ?? '');
    this.goalsMessages.set([]);
    this.editingGoals.set(true);
  }

  protected async saveGoals(): Promise<void> {
    this.goalsMessages.set([]);
    if (this.goals.invalid) {
      this.goals.markAsTouched();
      return;
    }
    this.goalsSaving.set(true);
    try {
      await this.store.saveGoals(this.goals.value.trim());
      this.editingGoals.set(false);
      this.snackBar.open(this.i18n.t('programs.tandem.goalsSaved'), undefined, { duration: 4000 });
    } catch (e) {
      const error = displayError(e, this.i18n);
      const fieldMessage = error.fields?.['goals'];
      if (fieldMessage) {
        this.goals.setErrors({ server: fieldMessage });
        this.goals.markAsTouched();
      } else {
        this.goalsMessages.set([error.message]);
      }
    } finally {
      this.goalsSaving.set(false);
    }
  }
}
