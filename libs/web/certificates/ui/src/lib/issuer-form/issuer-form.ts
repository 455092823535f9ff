import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, Injector, afterNextRender, effect, inject, input, output, untracked } from '@angular/core';
import {
  FormArray,
  NonNullableFormBuilder,
  Validators,
  type AbstractControl,
  type FormControl,
  type FormGroup,
  type ValidationErrors,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  CERTIFICATE_ISSUER_LIMITS,
  certificateIssuerImagePath,
  type CertificateIssuer,
  type CertificateIssuerAnswer,
  type CertificateIssuerImage,
} from '@ecampus/shared/contracts';
import { FORM_KIT, type SubmitState } from '@ecampus/web/shared/ui';
import { TranslatePipe } from '@ecampus/web/shared/util-i18n';
import { IssuerImage, type IssuerImageView } from '../issuer-image/issuer-image';

/** The logo and the signatures as the page knows them (CertificateIssuerStore's `images`), signatures by saved position. */
export interface IssuerImagesView {
  readonly logo: IssuerImageView;
  readonly signatures: readonly IssuerImageView[];
}

/** An image picked for upload. */
export interface IssuerImageUpload {
  image: CertificateIssuerImage;
  file: File;
}

type SignatoryGroup = FormGroup<{
  name: FormControl<string>;
  role: FormControl<string>;
  /** The position she has on the server (her signature's), null while she is new. Sent as `signatureFrom`. */
  signatureFrom: FormControl<number | null>;
}>;

/** Text that is more than spaces (the contract trims). */
function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() ? null : { required: true };
}

let nextId = 0;

const NO_IMAGE: IssuerImageView = { uploaded: false, preview: null, busy: false };

/**
 * Who issues and signs the program's certificates (coordinators): the organisation and its logo,
 * up to three signatories (name, role — checked as the contract checks them —, and a signature
 * image each). Texts are saved with "Aussteller speichern" (`save`, the request body; the page runs
 * it through `formSubmit(() => form.form)`, so the server's messages land at the fields —
 * `signatories.1.name`); images are uploaded and removed on their own at once (`upload`,
 * `remove`), for signatories already saved (their signature's position is the saved one, sent
 * back as `signatureFrom` so a signature stays with its person when rows above are removed).
 * `issuer` (the saved issuer) fills the form, again after each save.
 */
@Component({
  selector: 'ec-issuer-form',
  imports: [FORM_KIT, MatButtonModule, TranslatePipe, IssuerImage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './issuer-form.html',
  styleUrl: './issuer-form.css',
})
export class IssuerForm {
  /** The issuer as last loaded or saved. */
  readonly issuer = input.required<CertificateIssuerAnswer>();
  readonly images = input.required<IssuerImagesView>();
  /** The server's refusal of an image, by its path (`certificateIssuerImagePath`). */
  readonly imageErrors = input<Readonly<Record<string, string>>>({});
  /** The page's `formSubmit()`: busy flag and the messages that fit no field. */
  readonly submission = input.required<SubmitState>();
  readonly save = output<CertificateIssuer>();
  readonly upload = output<IssuerImageUpload>();
  readonly remove = output<CertificateIssuerImage>();

  protected readonly limits = CERTIFICATE_ISSUER_LIMITS;
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  /** Makes the field ids unique on the page. */
  private readonly uid = nextId++;
  readonly form = this.fb.group({
    organisation: this.fb.control('', [Validators.maxLength(CERTIFICATE_ISSUER_LIMITS.organisation.max)]),
    signatories: new FormArray<SignatoryGroup>([]),
  });

  constructor() {
    effect(() => {
      const issuer = this.issuer();
      untracked(() => {
        // The rows are kept where they can be (same DOM, focus stays), then filled.
        const rows = this.form.controls.signatories;
        while (rows.length > issuer.signatories.length) rows.removeAt(rows.length - 1, { emitEvent: false });
        while (rows.length < issuer.signatories.length) rows.push(this.signatory('', '', null), { emitEvent: false });
        this.form.reset({ organisation: issuer.organisation, signatories: issuer.signatories.map((s, i) => ({ ...s, signatureFrom: i })) });
      });
    });
  }

  protected get rows(): SignatoryGroup[] {
    return this.form.controls.signatories.controls;
  }

  protected get full(): boolean {
    return this.rows.length >= CERTIFICATE_ISSUER_LIMITS.signatories.max;
  }

  /** An image is being saved: the others wait. */
  protected busy(): boolean {
    const { logo, signatures } = this.images();
    return logo.busy || signatures.some((s) => s.busy);
  }

  protected imageOf(image: CertificateIssuerImage): IssuerImageView {
    return image === 'logo' ? this.images().logo : (this.images().signatures[image] ?? NO_IMAGE);
  }

  protected errorOf(image: CertificateIssuerImage): string | null {
    return this.imageErrors()[certificateIssuerImagePath(image)] ?? null;
  }

  protected addSignatory(): void {
    if (this.full) return;
    this.form.controls.signatories.push(this.signatory('', '', null));
    this.form.markAsDirty();
    const index = this.rows.length - 1;
    // Straight into the new name field.
    afterNextRender(() => this.document.getElementById(this.fieldId('name', index))?.focus(), { injector: this.injector });
  }

  protected removeSignatory(index: number): void {
    this.form.controls.signatories.removeAt(index);
    this.form.markAsDirty();
    // Focus stays in the list: the row that moved up, else the one above, else "Person hinzufügen".
    const next = Math.min(index, this.rows.length - 1);
    afterNextRender(() => this.document.getElementById(next >= 0 ? this.fieldId('name', next) : this.fieldId('add', 0))?.focus(), {
      injector: this.injector,
    });
  }

  protected fieldId(what: string, index: number): string {
    return `ec-issuer-${what}-${index}-${this.uid}`;
  }

  /** The request body of the form's values (valid ones). */
  request(): CertificateIssuer {
    const v = this.form.getRawValue();
    return {
      organisation: v.organisation.trim(),
      signatories: v.signatories.map((s) => ({ name: s.name.trim(), role: s.role.trim(), signatureFrom: s.signatureFrom })),
    };
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.save.emit(this.request());
  }

  private signatory(name: string, role: string, signatureFrom: number | null): SignatoryGroup {
    return this.fb.group({
      name: this.fb.control(name, [notBlank, Validators.maxLength(CERTIFICATE_ISSUER_LIMITS.signatoryName.max)]),
      role: this.fb.control(role, [Validators.maxLength(CERTIFICATE_ISSUER_LIMITS.signatoryRole.max)]),
      signatureFrom: this.fb.control<number | null>(signatureFrom),
    });
  }
}
