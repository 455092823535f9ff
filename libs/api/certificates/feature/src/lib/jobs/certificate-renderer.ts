import { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { NoticeWriter } from '@ecampus/api/notifications/notices';
import { InjectConfig, type AppConfig } from '@ecampus/api/platform/config';
import { MailOutboxService } from '@ecampus/api/platform/mail';
import { RealtimeEmitter } from '@ecampus/api/platform/realtime';
import { FileStorage } from '@ecampus/api/platform/storage';
import { pdfDataOf } from '../issuing/certificate-content';
import { IssuerImages } from '../issuer/issuer-images';
import { IssuingRepository } from '../issuing/issuing.repository';
import { CertificatePdfRenderer } from '../pdf/certificate-pdf';
import { MY_CERTIFICATES_PATH, renderCertificateMail, renderCertificateNotice } from './certificate-mail';

export type RenderOutcome = 'rendered' | 'stale';

/** How often a worker process pushes one batch's progress at most (the last push is never skipped). */
export const PROGRESS_INTERVAL_MS = 300;

/** Where a certificate's PDF is stored: one key per certificate, so a new render replaces the file. */
export const certificateStorageKey = (programId: string, certificateId: string) => `certificates/${programId}/${certificateId}.pdf`;

/**
 * The worker's side of issuing (decision 028): renders a pending certificate with the fonts loaded
 * once per process, stores the PDF, marks the row done — only if the row still asks for this
 * render version, so a job that runs twice (a killed worker, a flushed Redis, two workers) writes
 * the same file under the same key and changes nothing else. After each certificate the batch's
 * progress goes to the coordinator who started it (Redis emitter → her browser).
 */
@Injectable()
export class CertificateRenderer {
  private readonly logger = new Logger(CertificateRenderer.name);

  constructor(
    private readonly issuing: IssuingRepository,
    @Inject(CertificatePdfRenderer) private readonly pdf: Pick<CertificatePdfRenderer, 'render'>,
    private readonly storage: FileStorage,
    private readonly images: IssuerImages,
    private readonly push: RealtimeEmitter,
    private readonly mail: MailOutboxService,
    private readonly notices: NoticeWriter,
    @InjectConfig() private readonly config: Pick<AppConfig, 'PUBLIC_URL'>,
  ) {}

  async render(
    { certificateId, version }: { certificateId: string; version: number },
    { attempt, attempts }: { attempt: number; attempts: number },
  ): Promise<RenderOutcome> {
    const row = await this.issuing.claimRender(certificateId, version);
    if (!row) return 'stale';
    let rendered = false;
    let mayFinish = true;
    try {
      // The issuer's logo and signatures as they are now (decision 028, addendum).
      const images = await this.images.forCertificate(row.issuer, row.content);
      const file = await this.pdf.render(pdfDataOf(row.content, row.code, row.issuedAt, this.config.PUBLIC_URL, images));
      const key = certificateStorageKey(row.programId, row.id);
      await this.storage.put(key, Readable.from(file), { contentType: 'application/pdf', sizeBytes: file.length });
      ({ rendered, fewPending: mayFinish } = await this.issuing.markRendered(certificateId, version, key, file.length));
    } catch (e) {
      // The last attempt records why; earlier ones are retried by BullMQ with backoff.
      if (attempt >= attempts) {
        await this.issuing.markFailed(certificateId, version, (e as Error).message || String(e));
        await this.progress(row.batchId, true);
      }
      throw e;
    }
    if (rendered && version === 1)
      await this.notify(row.batchId, row.id, row.userId, row.content.holderName, row.content.programTitle, row.code);
    await this.progress(row.batchId, rendered, mayFinish);
    return rendered ? 'rendered' : 'stale';
  }

  /** Whether a batch asked to notify its holders (it never changes: asked once per batch and process). */
  private readonly notifies = new Map<string, boolean>();
  /** When this process last pushed each batch's progress. */
  private readonly pushedAt = new Map<string, number>();

  /**
   * The batch's counts to the coordinator who started it — at most every PROGRESS_INTERVAL_MS per
   * batch and process (counting is a query over the batch; after every one of 1,000 certificates
   * it would cost more than rendering), and always when the batch is finished.
   */
  private async progress(batchId: string | null, changed: boolean, mayFinish = true): Promise<void> {
    if (!batchId || !changed) return;
    // Whether the batch is done is asked only near its end (markRendered says when): a round trip less per certificate.
    const finished = mayFinish && (await this.issuing.finishBatch(batchId));
    const now = Date.now();
    if (!finished && now - (this.pushedAt.get(batchId) ?? 0) < PROGRESS_INTERVAL_MS) return;
    this.pushedAt.set(batchId, now);
    if (finished) this.pushedAt.delete(batchId);
    const batch = await this.issuing.batch(batchId);
    if (!batch?.createdBy) return;
    const { id, programId, status, total, completed, failed } = batch;
    await this.push
      .toUser(batch.createdBy, 'certificate:batch', { id, programId, status, total, completed, failed })
      .catch((e) => this.logger.warn(`Fortschritt von ${batchId} nicht gesendet: ${(e as Error).message}`));
  }

  /**
   * The holder hears about her certificate only when the batch asked for it: an in-app notice (one
   * per certificate, however often this runs; a failure is logged and costs neither the mail nor
   * the job) and the mail through the outbox.
   */
  private async notify(
    batchId: string | null,
    certificateId: string,
    userId: string,
    holderName: string,
    programTitle: string,
    code: string,
  ): Promise<void> {
    if (!batchId) return;
    let notifies = this.notifies.get(batchId);
    if (notifies === undefined) {
      notifies = await this.issuing.batchNotifies(batchId);
      this.notifies.set(batchId, notifies);
      if (this.notifies.size > 1000) this.notifies.delete(this.notifies.keys().next().value as string);
    }
    if (!notifies) return;
    await this.notices
      .notify(userId, renderCertificateNotice(certificateId, programTitle))
      .catch((e: unknown) => this.logger.warn(`Hinweis zu Bescheinigung ${certificateId} nicht geschrieben: ${(e as Error).message}`));
    const to = await this.issuing.emailOf(userId);
    if (!to) return;
    const link = `${this.config.PUBLIC_URL.replace(/\/+$/, '')}${MY_CERTIFICATES_PATH}`;
    await this.mail.enqueue({ ...renderCertificateMail({ to, holderName, programTitle, link, code }), kind: 'certificate-issued' });
  }
}
