import { Injectable } from '@nestjs/common';
import { OutboxSource, QueueName, type OutboxSourceProvider } from '@ecampus/api/platform/queue';
import { IssuingRepository, parseRenderJobId } from '../issuing/issuing.repository';
import { RenderCertificateJob, type RenderCertificateJobData } from './render-certificate.job';

/**
 * Lets the worker's reconciler re-enqueue certificates still pending (a job lost with a flushed
 * Redis, or never added because Redis was away when the batch was written). The job id names the
 * render version, so a pending request is enqueued at most once while its job exists.
 */
@Injectable()
@OutboxSource({ queue: QueueName.Certificates, job: RenderCertificateJob })
export class CertificateOutboxSource implements OutboxSourceProvider<RenderCertificateJobData> {
  constructor(private readonly issuing: IssuingRepository) {}

  findPendingIds(olderThan: Date, limit: number): Promise<string[]> {
    return this.issuing.pendingJobIds(olderThan, limit);
  }

  jobData(jobId: string): RenderCertificateJobData {
    const { id, version } = parseRenderJobId(jobId);
    return { certificateId: id, version };
  }
}
