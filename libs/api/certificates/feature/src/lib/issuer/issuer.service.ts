import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Injectable, Logger } from '@nestjs/common';
import {
  discardRequestBody,
  FileStorage,
  sendStoredFile,
  UploadReceiver,
  type ReceivedFile,
  type UploadOptions,
} from '@ecampus/api/platform/storage';
import { assertNotArchived, type ProgramAccess } from '@ecampus/api/programs/access';
import {
  CERTIFICATE_IMAGE_EXTENSIONS,
  CERTIFICATE_ISSUER_LIMITS,
  type CertificateIssuer,
  type CertificateIssuerAnswer,
  type CertificateIssuerImage,
} from '@ecampus/shared/contracts';
import { CertificatesRepository, type IssuerSettings, type StoredImage } from '../certificates.repository';
import { inspectCertificateImage } from './certificate-image';
import { imageRefused, noLogo, noSignatory, noSignatureImage, signatureKeptTwice } from './issuer.errors';

/** Where a program's issuer images are stored: `certificates/<program>/issuer/logo-<uuid>.png`. */
export const issuerKeyPrefix = (programId: string) => `certificates/${programId}/issuer`;

/** The logo, or the signature of the signatory at a position (0–2). */
export type IssuerImageTarget = CertificateIssuerImage;

/** What coordinators see of the issuer: the texts, and which images are uploaded (never the keys). */
export function issuerAnswerOf(issuer: IssuerSettings): CertificateIssuerAnswer {
  return {
    organisation: issuer.organisation,
    signatories: issuer.signatories.map((s, i) => ({ name: s.name, role: s.role, hasSignature: Boolean(issuer.signatureImages[i]) })),
    hasLogo: issuer.logo !== null,
  };
}

/** The keys a stored issuer names (logo and signatures). */
const keysOf = (issuer: IssuerSettings) => [issuer.logo?.key, ...issuer.signatureImages.map((s) => s?.key)].filter((k): k is string => !!k);

/**
 * The issuer of a program's certificates (coordinators; `@ProgramRoles('coordinator')` checks
 * before this runs): organisation and up to three signatories, the logo and a signature image per
 * signatory. Images are uploads through the platform's receiver (decision 023: streamed to a
 * temporary file, checked, then stored) with narrower rules — PNG or JPEG by content, at most 1 MB,
 * and a complete check that the PDF can embed them (certificate-image.ts) — under generated keys.
 * Every change runs under the settings row's lock; a file no longer named by the row (replaced,
 * removed, its signatory removed) is deleted after the commit, a failure there is logged (an
 * orphaned file, never a row naming a missing one).
 */
@Injectable()
export class IssuerService {
  private readonly logger = new Logger(IssuerService.name);

  constructor(
    private readonly repo: CertificatesRepository,
    private readonly storage: FileStorage,
    private readonly uploads: UploadReceiver,
  ) {}

  async issuer(access: ProgramAccess): Promise<CertificateIssuerAnswer> {
    return issuerAnswerOf(await this.repo.issuerOf(access.programId));
  }

  /**
   * Organisation and signatories (printed on the certificates rendered from now on). Each
   * signatory keeps the signature of `signatureFrom` (default: her position); signatures nobody
   * keeps — a removed signatory's — are deleted.
   */
  async saveIssuer(access: ProgramAccess, input: CertificateIssuer): Promise<CertificateIssuerAnswer> {
    assertNotArchived(access);
    const { before, after } = await this.repo.changeIssuer(access.programId, access.userId, (current) => {
      const kept = new Set<number>();
      const signatureImages = input.signatories.map((s, i) => {
        const from = s.signatureFrom === undefined ? i : s.signatureFrom;
        if (from === null) return null;
        if (kept.has(from)) throw signatureKeptTwice();
        kept.add(from);
        return current.signatureImages[from] ?? null;
      });
      return { ...current, organisation: input.organisation, signatories: input.signatories, signatureImages };
    });
    await this.deleteUnused(before, after);
    return issuerAnswerOf(after);
  }

  /** `PUT …/logo` and `PUT …/signatories/:index/signature`: the one file of the multipart body; replaces the one there was. */
  async upload(access: ProgramAccess, target: IssuerImageTarget, req: IncomingMessage): Promise<CertificateIssuerAnswer> {
    try {
      assertNotArchived(access);
      if (target !== 'logo') this.signatoryAt(await this.repo.issuerOf(access.programId), target);
    } catch (e) {
      // Refused before a byte of the body is read: nothing of it is stored, the connection closes after the answer.
      discardRequestBody(req);
      throw e;
    }
    const file = await this.uploads.receive(req, issuerKeyPrefix(access.programId), this.imageRules(target));
    const image: StoredImage = { key: file.storageKey, contentType: file.contentType, sizeBytes: file.sizeBytes };
    return this.change(access, (current) => this.withImage(current, target, image), file);
  }

  /** `DELETE …/logo`, `DELETE …/signatories/:index/signature`: 404 when there is none. */
  async remove(access: ProgramAccess, target: IssuerImageTarget): Promise<CertificateIssuerAnswer> {
    assertNotArchived(access);
    return this.change(access, (current) => {
      if (!this.imageOf(current, target)) throw target === 'logo' ? noLogo() : noSignatureImage(target);
      return this.withImage(current, target, null);
    });
  }

  /** `GET …/logo`, `GET …/signatories/:index/signature`: the image, for the form's preview (nosniff, its checked type). */
  async send(access: ProgramAccess, target: IssuerImageTarget, res: ServerResponse): Promise<void> {
    const image = this.imageOf(await this.repo.issuerOf(access.programId), target);
    if (!image) throw target === 'logo' ? noLogo() : noSignatureImage(target);
    const ext = image.contentType === 'image/png' ? 'png' : 'jpg';
    await sendStoredFile(res, this.storage, {
      storageKey: image.key,
      sizeBytes: image.sizeBytes,
      contentType: image.contentType,
      fileName: target === 'logo' ? `Logo.${ext}` : `Unterschrift ${target + 1}.${ext}`,
    });
  }

  // ---------------------------------------------------------------- helpers

  /** PNG or JPEG (extension and first bytes), at most 1 MB, an image the PDF can embed; key `logo-<uuid>.png`, `signature-<uuid>.jpg`. */
  private imageRules(target: IssuerImageTarget): UploadOptions {
    return {
      extensions: CERTIFICATE_IMAGE_EXTENSIONS,
      maxBytes: CERTIFICATE_ISSUER_LIMITS.image.maxBytes,
      keyName: (ext) => `${target === 'logo' ? 'logo' : 'signature'}-${randomUUID()}.${ext === 'png' ? 'png' : 'jpg'}`,
      inspect: async ({ path }) => {
        // At most 1 MB: read whole.
        const check = inspectCertificateImage(await readFile(path));
        if (!check.ok) throw imageRefused(check.problem);
      },
    };
  }

  private signatoryAt(issuer: IssuerSettings, index: number): void {
    if (!issuer.signatories[index]) throw noSignatory(index);
  }

  private imageOf(issuer: IssuerSettings, target: IssuerImageTarget): StoredImage | null {
    if (target === 'logo') return issuer.logo;
    this.signatoryAt(issuer, target);
    return issuer.signatureImages[target] ?? null;
  }

  private withImage(current: IssuerSettings, target: IssuerImageTarget, image: StoredImage | null): IssuerSettings {
    if (target === 'logo') return { ...current, logo: image };
    // Her signatory may have been removed while the file arrived.
    this.signatoryAt(current, target);
    const signatureImages = current.signatories.map((_, i) => (i === target ? image : (current.signatureImages[i] ?? null)));
    return { ...current, signatureImages };
  }

  /** A change under the row's lock; a received file the change refused is deleted again; replaced files after the commit. */
  private async change(
    access: ProgramAccess,
    change: (current: IssuerSettings) => IssuerSettings,
    received?: ReceivedFile,
  ): Promise<CertificateIssuerAnswer> {
    let result: { before: IssuerSettings; after: IssuerSettings };
    try {
      result = await this.repo.changeIssuer(access.programId, access.userId, change);
    } catch (e) {
      if (received) await this.deleteFiles([received.storageKey]);
      throw e;
    }
    await this.deleteUnused(result.before, result.after);
    return issuerAnswerOf(result.after);
  }

  private async deleteUnused(before: IssuerSettings, after: IssuerSettings): Promise<void> {
    const kept = new Set(keysOf(after));
    await this.deleteFiles(keysOf(before).filter((key) => !kept.has(key)));
  }

  private async deleteFiles(keys: string[]): Promise<void> {
    for (const key of keys)
      await this.storage.delete(key).catch((e: unknown) => this.logger.warn(`Bild ${key} nicht gelöscht: ${(e as Error).message}`));
  }
}
