import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { FormGroup } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  certificateIssuerImagePath,
  type CertificateCriteriaInput,
  type CertificateEligibility,
  type CertificateIssuer,
  type CertificateIssuerImage,
  type CertificateOverrideKind,
  type IssuedCertificate,
} from '@ecampus/shared/contracts';
import { CertificateBatchStore, CertificateIssuerStore, CertificatesStore } from '@ecampus/web/certificates/data-access';
import {
  BatchProgress,
  CriteriaForm,
  EligibilityTable,
  IssuedTable,
  IssuerForm,
  type IssuerImageUpload,
} from '@ecampus/web/certificates/ui';
import { HttpErrorNotifier, formSubmit } from '@ecampus/web/shared/data-access';
import { EmptyState, Loading, PageHeader } from '@ecampus/web/shared/ui';
import { I18nService, TranslatePipe, type TranslationKey, type TranslationParams } from '@ecampus/web/shared/util-i18n';
import { programIdOfRoute } from '../certificates-links';
import { IssueDialog } from './issue-dialog';
import { ReasonDialog } from './reason-dialog';

/** Before the criteria form renders there is nothing to submit. */
const EMPTY_FORM = new FormGroup({});

/**
 * The program tab "Bescheinigungen" (coordinators and administrators): the criteria, who meets
 * them (and the exceptions: allow anyway, block, each with a reason), issuing to everyone due with
 * a live progress bar, and the issued certificates (download, generate again, revoke). Each part
 * loads and fails on its own. The stores belong to the page: the batch's socket listener and polling
 * end when the coordinator leaves the tab.
 */
@Component({
  selector: 'ec-certificates-tab',
  imports: [
    MatButtonModule,
    PageHeader,
    Loading,
    EmptyState,
    TranslatePipe,
    CriteriaForm,
    IssuerForm,
    EligibilityTable,
    BatchProgress,
    IssuedTable,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [CertificatesStore, CertificateBatchStore, CertificateIssuerStore],
  templateUrl: './certificates-tab.html',
  styleUrl: './certificates-tab.css',
})
export class CertificatesTab {
  protected readonly store = inject(CertificatesStore);
  protected readonly issuer = inject(CertificateIssuerStore);
  protected readonly batches = this.store.batches;
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly notifier = inject(HttpErrorNotifier);
  private readonly i18n = inject(I18nService);
  private readonly injector = inject(Injector);
  private readonly programId = programIdOfRoute();

  private readonly criteriaForm = viewChild(CriteriaForm);
  private readonly progress = viewChild('progress', { read: ElementRef<HTMLElement> });
  private readonly issuerForm = viewChild(IssuerForm);
  /** Runs on the child's form, so the server's field messages land at its fields. */
  protected readonly criteriaSubmission = formSubmit(() => this.criteriaForm()?.form ?? EMPTY_FORM);
  protected readonly issuerSubmission = formSubmit(() => this.issuerForm()?.form ?? EMPTY_FORM);
  /** The server's refusal of an image upload or removal, by the image's path; shown at that image. */
  protected readonly imageErrors = signal<Readonly<Record<string, string>>>({});
  /** The person whose exception is being removed. */
  protected readonly busyPerson = signal<string | null>(null);
  /** The certificate being downloaded or generated again. */
  protected readonly busyCertificate = signal<string | null>(null);

  constructor() {
    // Another program's tab may reuse this page: load again when the id changes.
    effect(() => {
      const programId = this.programId();
      untracked(() => {
        this.imageErrors.set({});
        void this.store.load(programId);
        void this.issuer.load(programId);
      });
    });
  }

  protected reload(): Promise<void> {
    return this.store.load(this.programId());
  }

  protected reloadIssuer(): Promise<void> {
    return this.issuer.load(this.programId());
  }

  protected saveIssuer(body: CertificateIssuer): Promise<boolean> {
    return this.issuerSubmission.run(async () => {
      await this.issuer.save(body);
      this.notify('certificates.issuer.saved');
    });
  }

  protected async uploadImage({ image, file }: IssuerImageUpload): Promise<void> {
    await this.imageChange(
      image,
      () => this.issuer.uploadImage(image, file),
      image === 'logo' ? 'certificates.image.logoSaved' : 'certificates.image.signatureSaved',
    );
  }

  protected async removeImage(image: CertificateIssuerImage): Promise<void> {
    await this.imageChange(
      image,
      () => this.issuer.removeImage(image),
      image === 'logo' ? 'certificates.image.logoRemoved' : 'certificates.image.signatureRemoved',
    );
  }

  protected saveCriteria(body: CertificateCriteriaInput): Promise<boolean> {
    return this.criteriaSubmission.run(async () => {
      await this.store.saveCriteria(body);
      this.notify('certificates.criteria.saved');
    });
  }

  protected allow(person: CertificateEligibility): Promise<void> {
    return this.decide(person, 'allow');
  }

  protected block(person: CertificateEligibility): Promise<void> {
    return this.decide(person, 'block');
  }

  protected async clear(person: CertificateEligibility): Promise<void> {
    this.busyPerson.set(person.userId);
    try {
      await this.store.clearOverride(person.userId);
      this.notify('certificates.eligibility.cleared', { name: person.displayName });
    } catch (e) {
      this.fail(e);
    } finally {
      this.busyPerson.set(null);
    }
  }

  protected async issue(): Promise<void> {
    const started = await IssueDialog.open(this.dialog, {
      count: this.store.toIssue().length,
      submit: (notify) => this.store.issue(notify),
    });
    // The button is disabled while the batch runs: focus goes to its progress instead of getting lost.
    if (started) afterNextRender(() => this.progress()?.nativeElement.focus(), { injector: this.injector });
  }

  protected async download(certificate: IssuedCertificate): Promise<void> {
    this.busyCertificate.set(certificate.id);
    try {
      await this.store.download(certificate);
    } catch {
      // The app's error display has announced it.
    } finally {
      this.busyCertificate.set(null);
    }
  }

  protected async regenerate(certificate: IssuedCertificate): Promise<void> {
    this.busyCertificate.set(certificate.id);
    try {
      await this.store.regenerate(certificate.id);
      this.notify('certificates.issued.regenerated', { name: certificate.displayName });
    } catch (e) {
      this.fail(e);
    } finally {
      this.busyCertificate.set(null);
    }
  }

  protected async revoke(certificate: IssuedCertificate): Promise<void> {
    const done = await ReasonDialog.open(this.dialog, {
      heading: this.i18n.t('certificates.revoke.title', { name: certificate.displayName }),
      text: this.i18n.t('certificates.revoke.text', { code: certificate.verificationCode }),
      confirmLabel: this.i18n.t('certificates.revoke.confirm'),
      busyLabel: this.i18n.t('certificates.revoke.busy'),
      reasonTestId: 'revoke-reason',
      confirmTestId: 'revoke-confirm',
      submit: (reason) => this.store.revoke(certificate.id, reason),
    });
    if (done) this.notify('certificates.issued.revoked', { name: certificate.displayName });
  }

  private async decide(person: CertificateEligibility, kind: CertificateOverrideKind): Promise<void> {
    const name = person.displayName;
    const done = await ReasonDialog.open(this.dialog, {
      heading: this.i18n.t(kind === 'allow' ? 'certificates.override.allowTitle' : 'certificates.override.blockTitle', { name }),
      text: this.i18n.t(kind === 'allow' ? 'certificates.override.allowText' : 'certificates.override.blockText', { name }),
      confirmLabel: this.i18n.t(kind === 'allow' ? 'certificates.override.allowConfirm' : 'certificates.override.blockConfirm'),
      busyLabel: this.i18n.t('certificates.override.busy'),
      reasonTestId: 'override-reason',
      confirmTestId: 'override-confirm',
      submit: (reason) => this.store.setOverride(person.userId, kind, reason),
    });
    if (done) this.notify(kind === 'allow' ? 'certificates.eligibility.allowed' : 'certificates.eligibility.blocked', { name });
  }

  /** An image upload or removal: its refusal at the image, success in the snack bar. */
  private async imageChange(image: CertificateIssuerImage, change: () => Promise<unknown>, done: TranslationKey): Promise<void> {
    const path = certificateIssuerImagePath(image);
    this.imageErrors.update((errors) => Object.fromEntries(Object.entries(errors).filter(([key]) => key !== path)));
    try {
      await change();
      this.notify(done);
    } catch (e) {
      this.imageErrors.update((errors) => ({ ...errors, [path]: this.notifier.describe(e).message }));
    }
  }

  private notify(key: TranslationKey, params?: TranslationParams): void {
    this.snackBar.open(this.i18n.t(key, params), undefined, { duration: 4000 });
  }

  private fail(error: unknown): void {
    this.snackBar.open(this.i18n.t('certificates.tab.failed', { message: this.notifier.describe(error).message }), undefined, {
      duration: 6000,
    });
  }
}
