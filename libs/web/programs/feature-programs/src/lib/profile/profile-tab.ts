import { ChangeDetectionStrategy, Component, OnInit, effect, inject } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  BUNDESLAENDER,
  CHANNEL_LABELS,
  ChannelSchema,
  PROFILE_LIMITS,
  type Bundesland,
  type Channel,
  type MyProgramProfile,
} from '@ecampus/shared/contracts';
import { ProfileStore, ProgramStore } from '@ecampus/web/programs/data-access';
import { formSubmit } from '@ecampus/web/shared/data-access';
import { EmptyState, FORM_KIT, Loading } from '@ecampus/web/shared/ui';
import { I18nService, TranslatePipe } from '@ecampus/web/shared/util-i18n';

/** The participant's own profile in this program: where, which office, which channels. */
@Component({
  selector: 'ec-profile-tab',
  imports: [FORM_KIT, MatSelectModule, MatCheckboxModule, Loading, EmptyState, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2>{{ 'programs.profile.title' | t }}</h2>
    @if (!programStore.isParticipant()) {
      <!-- Only mentees and mentors have a matching profile; staff reach this tab only by URL. -->
      <p data-testid="profile-no-access">{{ 'programs.home.noAccess' | t }}</p>
    } @else {
      <p class="intro">{{ 'programs.profile.intro' | t }}</p>
      @if (profiles.loading()) {
        <ec-loading [label]="'programs.profile.loading' | t" />
      } @else if (profiles.failed()) {
        <ec-empty-state icon="alert" [heading]="'programs.profile.loadFailed' | t" [text]="profiles.error()?.message ?? ''" />
      } @else {
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="profile-form">
          <div class="row">
            <mat-form-field>
              <mat-label>{{ 'programs.profile.municipality' | t }}</mat-label>
              <input matInput formControlName="municipality" autocomplete="address-level2" data-testid="profile-municipality" />
              <mat-error>{{
                form.controls.municipality | fieldError: { maxlength: ('programs.settings.tooLong' | t: limits.municipality) }
              }}</mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'programs.profile.postalCode' | t }}</mat-label>
              <input
                matInput
                formControlName="postalCode"
                inputmode="numeric"
                autocomplete="postal-code"
                maxlength="5"
                data-testid="profile-postal-code"
              />
              <mat-error>{{ form.controls.postalCode | fieldError: { pattern: ('programs.profile.postalCodeInvalid' | t) } }}</mat-error>
            </mat-form-field>
          </div>
          <div class="row">
            <mat-form-field>
              <mat-label>{{ 'programs.profile.bundesland' | t }}</mat-label>
              <mat-select formControlName="bundesland" data-testid="profile-bundesland">
                <mat-option [value]="null">{{ 'programs.profile.noBundesland' | t }}</mat-option>
                @for (land of laender; track land.code) {
                  <mat-option [value]="land.code">{{ land.name }}</mat-option>
                }
              </mat-select>
              <mat-error>{{ form.controls.bundesland | fieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'programs.profile.office' | t }}</mat-label>
              <input matInput formControlName="office" data-testid="profile-office" />
              <mat-hint>{{ 'programs.profile.officeHint' | t }}</mat-hint>
              <mat-error>{{
                form.controls.office | fieldError: { maxlength: ('programs.settings.tooLong' | t: limits.office) }
              }}</mat-error>
            </mat-form-field>
          </div>
          <fieldset>
            <legend>{{ 'programs.profile.channels' | t }}</legend>
            @for (channel of channels; track channel) {
              <mat-checkbox [checked]="hasChannel(channel)" (change)="toggleChannel(channel, $event.checked)">{{
                channelLabels[channel]
              }}</mat-checkbox>
            }
            @if (form.controls.channels.hasError('server')) {
              <ec-form-messages [messages]="[form.controls.channels.getError('server')]" />
            }
          </fieldset>
          <ec-form-actions
            testId="profile-save"
            [submission]="submission"
            [label]="'programs.profile.save' | t"
            [busyLabel]="'programs.profile.saving' | t"
          />
        </form>
      }
    }
  `,
  styles: `
    h2 {
      margin: 0 0 0.5rem;
      font-size: 1.25rem;
    }
    .intro {
      max-width: 70ch;
    }
    form {
      max-width: 48rem;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
    .row mat-form-field {
      flex: 1 1 12rem;
    }
    fieldset {
      border: 1px solid var(--mat-sys-outline-variant, #ccc);
      border-radius: 8px;
      margin: 0.5rem 0 1rem;
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
  `,
})
export class ProfileTab implements OnInit {
  protected readonly programStore = inject(ProgramStore);
  protected readonly profiles = inject(ProfileStore);
  private readonly i18n = inject(I18nService);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly laender = (Object.entries(BUNDESLAENDER) as [Bundesland, string][]).map(([code, name]) => ({ code, name }));
  protected readonly channels: readonly Channel[] = ChannelSchema.options;
  protected readonly channelLabels = CHANNEL_LABELS;
  protected readonly limits = PROFILE_LIMITS;

  readonly form = new FormGroup({
    municipality: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(PROFILE_LIMITS.municipality.max)] }),
    bundesland: new FormControl<Bundesland | null>(null),
    postalCode: new FormControl('', { nonNullable: true, validators: [Validators.pattern(/^\d{5}$/)] }),
    office: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(PROFILE_LIMITS.office.max)] }),
    channels: new FormControl<Channel[]>([], { nonNullable: true }),
  });
  protected readonly submission = formSubmit(this.form);

  constructor() {
    effect(() => {
      const profile = this.profiles.profile();
      if (profile) this.fill(profile);
    });
  }

  ngOnInit(): void {
    const id = this.programStore.program()?.id;
    if (id && this.programStore.isParticipant()) void this.profiles.load(id);
  }

  protected hasChannel(channel: Channel): boolean {
    return this.form.controls.channels.value.includes(channel);
  }

  protected toggleChannel(channel: Channel, checked: boolean): void {
    const current = this.form.controls.channels.value.filter((c) => c !== channel);
    this.form.controls.channels.setValue(checked ? [...current, channel] : current);
  }

  submit(): Promise<boolean> {
    const id = this.programStore.program()?.id;
    if (!id) return Promise.resolve(false);
    const v = this.form.getRawValue();
    return this.submission.run(async () => {
      await this.profiles.save(id, {
        municipality: v.municipality.trim() || null,
        bundesland: v.bundesland,
        postalCode: v.postalCode.trim() || null,
        office: v.office.trim() || null,
        // In the order of the list, not the order of clicking.
        channels: this.channels.filter((c) => v.channels.includes(c)),
      });
      this.snackBar.open(this.i18n.t('programs.profile.saved'), undefined, { duration: 4000 });
    });
  }

  private fill(p: MyProgramProfile): void {
    this.form.reset({
      municipality: p.municipality ?? '',
      bundesland: p.bundesland,
      postalCode: p.postalCode ?? '',
      office: p.office ?? '',
      channels: [...p.channels],
    });
  }
}
