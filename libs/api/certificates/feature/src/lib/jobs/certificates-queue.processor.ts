import { Processor } from '@nestjs/bullmq';
import { JobDispatcher, QueueName } from '@ecampus/api/platform/queue';
import { RenderCertificateJob } from './render-certificate.job';

/**
 * Certificates rendered at once per worker process. Rendering is CPU work in this process
 * (pdfkit, fonts loaded once); each certificate also waits on PostgreSQL, storage and Redis. With
 * two the process idled between renders (bench:certificates: 0.57× a plain render loop), four keep
 * it busy (0.70–0.74× with the round trips saved in 2026-11; docs/benchmarks.md); memory stays
 * the same (a render holds one PDF of ~50 KB).
 */
export const CERTIFICATE_RENDER_CONCURRENCY = 4;

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
