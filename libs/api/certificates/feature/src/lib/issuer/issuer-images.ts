import type { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { FileStorage, StoredFileNotFoundError } from '@ecampus/api/platform/storage';
import { CERTIFICATE_ISSUER_LIMITS } from '@ecampus/shared/contracts';
import type { IssuerSettings, StoredImage } from '../certificates.repository';
import type { CertificateContent } from '../issuing/certificate-content';
import { inspectCertificateImage } from './certificate-image';

/** The images printed with one certificate: the logo, and a signature per signatory of its content (by position). */
export interface CertificateImages {
  logo?: Buffer;
  signatures: (Buffer | undefined)[];
}

/** How many bytes of images one worker process keeps (keys never change their bytes: a new upload is a new key). */
const CACHE_BYTES = 16 * 1024 * 1024;

const sameName = (a: string, b: string) => a.normalize('NFC').trim() === b.normalize('NFC').trim();

/**
 * The issuer's images as the worker renders a certificate — read at render time (decision 028,
 * addendum): the program's current logo, and the current signature of a signatory only while she
 * still has the name the certificate prints at that position (a signature never lands under
 * another person's name). A file missing from the storage, or one that fails the image check, is
 * left out (logged); any other storage failure fails the render, which is retried. Bytes are cached
 * per key, which is safe because an upload always gets a new key.
 */
@Injectable()
export class IssuerImages {
  private readonly logger = new Logger(IssuerImages.name);
  private readonly cache = new Map<string, Buffer>();
  private cachedBytes = 0;

  constructor(private readonly storage: FileStorage) {}

  /** `issuer`: the program's settings as they are now (read with the render request, IssuingRepository.claimRender). */
  async forCertificate(issuer: IssuerSettings, content: Pick<CertificateContent, 'signatories'>): Promise<CertificateImages> {
    const signatures = await Promise.all(
      content.signatories.map(async (printed, i) => {
        const current = issuer.signatories[i];
        const image = issuer.signatureImages[i];
        return current && image && sameName(current.name, printed.name) ? this.bytesOf(image) : undefined;
      }),
    );
    return { logo: issuer.logo ? await this.bytesOf(issuer.logo) : undefined, signatures };
  }

  private async bytesOf(image: StoredImage): Promise<Buffer | undefined> {
    const cached = this.cache.get(image.key);
    if (cached) return cached;
    let bytes: Buffer | null;
    try {
      bytes = await readAtMost(await this.storage.get(image.key), CERTIFICATE_ISSUER_LIMITS.image.maxBytes);
    } catch (e) {
      if (!(e instanceof StoredFileNotFoundError)) throw e;
      this.logger.warn(`Bild ${image.key} fehlt im Speicher; die Bescheinigung wird ohne es erzeugt.`);
      return undefined;
    }
    if (!bytes || !inspectCertificateImage(bytes).ok) {
      this.logger.warn(`Bild ${image.key} ist kein einbettbares PNG/JPEG; die Bescheinigung wird ohne es erzeugt.`);
      return undefined;
    }
    this.remember(image.key, bytes);
    return bytes;
  }

  private remember(key: string, bytes: Buffer): void {
    this.cache.set(key, bytes);
    this.cachedBytes += bytes.length;
    for (const [oldest, old] of this.cache) {
      if (this.cachedBytes <= CACHE_BYTES) break;
      this.cache.delete(oldest);
      this.cachedBytes -= old.length;
    }
  }
}

/** The stream's bytes, or null when it has more than `max` (the stream is then destroyed). */
async function readAtMost(body: Readable, max: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > max) {
      body.destroy();
      return null;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
