import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import {
  certificateIssuerImagePath,
  type CertificateIssuer,
  type CertificateIssuerAnswer,
  type CertificateIssuerImage,
} from '@ecampus/shared/contracts';
import { loadable } from '@ecampus/web/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { CertificatesApi } from './certificates-api';

/** One image as the issuer form shows it. */
export interface IssuerImageState {
  /** The API has one. */
  readonly uploaded: boolean;
  /** An object URL of its bytes, once fetched (or of the file just uploaded). */
  readonly preview: string | null;
  /** Being uploaded or removed. */
  readonly busy: boolean;
}

/** The logo and the signatures, by the saved signatory's position. */
export interface IssuerImagesState {
  readonly logo: IssuerImageState;
  readonly signatures: readonly IssuerImageState[];
}

const keyOf = certificateIssuerImagePath;

/**
 * The issuer of a program's certificates (organisation, up to three signatories) with its logo and
 * signature images, for the coordinators' form. `saved` is the issuer as last loaded or saved — it
 * fills the form, so an image upload (which changes only `issuer`'s flags) never resets text being
 * typed. Previews are object URLs of the images (fetched with the token; the file itself right
 * after an upload), moved along when a save moves a signature to another position, revoked when
 * they go and when the page goes. Mutations reject with the HTTP error: the page shows the
 * server's words at the form or at the image. Provided by the tab page.
 */
@Injectable()
export class CertificateIssuerStore {
  private readonly api = inject(CertificatesApi);
  private readonly state = loadable<CertificateIssuerAnswer | null>(null);
  private readonly savedState = signal<CertificateIssuerAnswer | null>(null);
  private readonly previewState = signal<Readonly<Record<string, string>>>({});
  private readonly busyState = signal<CertificateIssuerImage | null>(null);
  private programId = '';

  /** The latest answer (with which images are uploaded). */
  readonly issuer = this.state.value;
  /** As last loaded or saved: what the form shows. */
  readonly saved = this.savedState.asReadonly();
  readonly loading = this.state.loading;
  readonly loaded = this.state.loaded;
  readonly failed = this.state.failed;
  readonly error = this.state.error;
  /** The image being uploaded or removed (one at a time). */
  readonly busyImage = this.busyState.asReadonly();
  readonly images = computed<IssuerImagesState>(() => {
    const issuer = this.issuer();
    const previews = this.previewState();
    const busy = this.busyState();
    const view = (image: CertificateIssuerImage, uploaded: boolean): IssuerImageState => ({
      uploaded,
      preview: uploaded ? (previews[keyOf(image)] ?? null) : null,
      busy: busy === image,
    });
    return {
      logo: view('logo', issuer?.hasLogo ?? false),
      signatures: (issuer?.signatories ?? []).map((s, i) => view(i, s.hasSignature)),
    };
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.setPreviews({}));
  }

  /** The program's issuer, then the previews of its images. */
  async load(programId: string): Promise<void> {
    if (programId !== this.programId) this.setPreviews({});
    this.programId = programId;
    await this.state.load(() => firstValueFrom(this.api.getIssuer(programId)));
    const issuer = this.state.value();
    if (this.state.failed() || !issuer || programId !== this.programId) return;
    this.savedState.set(issuer);
    await this.loadPreviews(issuer);
  }

  /** Saves organisation and signatories; each signature (and its preview) follows `signatureFrom`. */
  async save(body: CertificateIssuer): Promise<CertificateIssuerAnswer> {
    const answer = await firstValueFrom(this.api.saveIssuer(this.requireId(), body));
    const old = this.previewState();
    const moved: Record<string, string> = {};
    if (answer.hasLogo && old[keyOf('logo')]) moved[keyOf('logo')] = old[keyOf('logo')];
    body.signatories.forEach((s, i) => {
      const from = s.signatureFrom === undefined ? i : s.signatureFrom;
      const url = from === null ? undefined : old[keyOf(from)];
      if (url && answer.signatories[i]?.hasSignature) moved[keyOf(i)] = url;
    });
    this.setPreviews(moved);
    this.state.update(() => answer);
    this.savedState.set(answer);
    return answer;
  }

  /** Uploads the logo or a signature (replacing the one there was); the file is its preview. */
  async uploadImage(image: CertificateIssuerImage, file: File): Promise<CertificateIssuerAnswer> {
    return this.imageChange(image, async () => {
      const answer = await firstValueFrom(this.api.uploadIssuerImage(this.requireId(), image, file));
      this.setPreviews({ ...this.previewState(), [keyOf(image)]: URL.createObjectURL(file) });
      return answer;
    });
  }

  async removeImage(image: CertificateIssuerImage): Promise<CertificateIssuerAnswer> {
    return this.imageChange(image, async () => {
      const answer = await firstValueFrom(this.api.removeIssuerImage(this.requireId(), image));
      const previews = { ...this.previewState() };
      delete previews[keyOf(image)];
      this.setPreviews(previews);
      return answer;
    });
  }

  private async imageChange(
    image: CertificateIssuerImage,
    change: () => Promise<CertificateIssuerAnswer>,
  ): Promise<CertificateIssuerAnswer> {
    if (this.busyState() !== null) throw new Error('CertificateIssuerStore: one image at a time');
    this.busyState.set(image);
    try {
      const answer = await change();
      this.state.update(() => answer);
      return answer;
    } finally {
      this.busyState.set(null);
    }
  }

  /** Fetches what has no preview yet; an image that cannot be fetched just shows none. */
  private async loadPreviews(issuer: CertificateIssuerAnswer): Promise<void> {
    const programId = this.programId;
    const wanted: CertificateIssuerImage[] = [
      ...(issuer.hasLogo ? (['logo'] as const) : []),
      ...issuer.signatories.flatMap((s, i) => (s.hasSignature ? [i] : [])),
    ].filter((image) => !this.previewState()[keyOf(image)]);
    await Promise.all(
      wanted.map(async (image) => {
        try {
          const blob = await firstValueFrom(this.api.issuerImage(programId, image));
          if (programId !== this.programId || this.previewState()[keyOf(image)]) return;
          this.setPreviews({ ...this.previewState(), [keyOf(image)]: URL.createObjectURL(blob) });
        } catch {
          // No preview; the image is still there ("hochgeladen").
        }
      }),
    );
  }

  /** Sets the previews and revokes the object URLs that are no longer among them. */
  private setPreviews(next: Readonly<Record<string, string>>): void {
    const kept = new Set(Object.values(next));
    for (const url of Object.values(this.previewState())) if (!kept.has(url)) URL.revokeObjectURL(url);
    this.previewState.set(next);
  }

  private requireId(): string {
    if (!this.programId) throw new Error('CertificateIssuerStore: load(programId) first');
    return this.programId;
  }
}
