import { Processor } from '@nestjs/bullmq';
import { JobDispatcher, QueueName } from '@ecampus/api/platform/queue';
import { RenderCertificateJob } from './render-certificate.job';

/**
 * Certificates rendered at once per worker process. Rendering is CPU work in this process
 * (pdfkit, fonts loaded once); two overlap one render with the other's storage and database
 * writes without starving the process's other queues (bench:certificates measures it).
 */
export const CERTIFICATE_RENDER_CONCURRENCY = 2;

/**
 * The `certificates` queue's worker: dispatches to the job classes, nothing else. A render takes
 * well under a second, so a job's lock can be short: a killed worker's certificates go back to the
 * queue after about 10 s instead of BullMQ's default 30 s (the lock is renewed while a job runs).
 */
@Processor(QueueName.Certificates, { concurrency: CERTIFICATE_RENDER_CONCURRENCY, lockDuration: 10_000, stalledInterval: 5_000 })
export class CertificatesQueueProcessor extends JobDispatcher {
  constructor(render: RenderCertificateJob) {
    super([render]);
  }
}
