import { Injectable } from '@nestjs/common';
import type { Job, JobHandler } from '@ecampus/api/platform/queue';
import { CertificateRenderer, type RenderOutcome } from './certificate-renderer';

export interface RenderCertificateJobData {
  certificateId: string;
  /** The render request this job is for: an older one (replaced by a regenerate) does nothing. */
  version: number;
}

/** Renders one certificate's PDF and stores it; delegates to CertificateRenderer (idempotent per version). */
@Injectable()
export class RenderCertificateJob implements JobHandler<RenderCertificateJobData> {
  constructor(private readonly renderer: CertificateRenderer) {}

  handle(data: RenderCertificateJobData, job: Job<RenderCertificateJobData>): Promise<RenderOutcome> {
    return this.renderer.render(data, { attempt: job.attemptsMade + 1, attempts: job.opts.attempts ?? 1 });
  }
}
