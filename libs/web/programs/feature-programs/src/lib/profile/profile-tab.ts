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
  templateUrl: './profile-tab.html',
  styleUrl: './profile-tab.css',
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
