import { UnrecoverableError, type Job, type JobsOptions, type Queue } from 'bullmq';
import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';

/**
 * One job = one class in a `*.job.ts` file with an exported `XJobData` type and a `handle()` that
 * delegates to a service. The class name is the BullMQ job name: producers enqueue with
 * `enqueueJob(queue, XJob, data)`, processors dispatch on `job.name === XJob.name`, so no string
 * literal names exist anywhere. (Class names survive our builds: webpack runs without minification
 * and SWC keeps class names.)
 */
export interface JobHandler<TData> {
  handle(data: TData, job: Job<TData>): Promise<unknown>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JobClass<TData> = abstract new (...args: any[]) => JobHandler<TData>;

/** Data type of a job class. */
export type JobDataOf<J> = J extends JobClass<infer D> ? D : never;

/** How long an enqueue may wait on Redis before the caller moves on (the reconciler retries). */
const ENQUEUE_TIMEOUT_MS = 3000;

/**
 * Adds a job whose `jobId` is the id of its durable row: BullMQ ignores a second add with the same
 * id while the first job still exists, which is the dedup the outbox rule relies on.
 */
export async function enqueueJob<TData>(
  queue: Queue,
  job: JobClass<TData>,
  data: TData,
  opts: JobsOptions & { jobId: string },
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis antwortet nicht (Queue ${queue.name})`)), ENQUEUE_TIMEOUT_MS);
  });
  try {
    await Promise.race([queue.add(job.name, data, opts), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Enqueues after the durable row exists. A failure is logged, not thrown: the row is the request,
 * and the outbox reconciler enqueues it later. Callers therefore never fail because Redis is down.
 */
export async function enqueueOutboxJob<TData>(
  queue: Queue,
  job: JobClass<TData>,
  data: TData,
  jobId: string,
  logger: Logger,
): Promise<void> {
  try {
    await enqueueJob(queue, job, data, { jobId });
  } catch (e) {
    logger.warn(`${job.name} ${jobId} nicht eingereiht (${(e as Error).message}); der Reconciler holt das nach`);
  }
}

/**
 * Base class of a queue's processor: routes each BullMQ job by name to its job class.
 * Subclasses are thin: `@Processor(QueueName.X) class XProcessor extends JobDispatcher { constructor(a: AJob) { super([a]) } }`.
 */
export abstract class JobDispatcher extends WorkerHost {
  private readonly handlers: ReadonlyMap<string, JobHandler<unknown>>;
  private readonly logger = new Logger(this.constructor.name);

  protected constructor(handlers: JobHandler<never>[]) {
    super();
    this.handlers = new Map(handlers.map((h) => [h.constructor.name, h as JobHandler<unknown>]));
  }

  async process(job: Job): Promise<unknown> {
    const handler = this.handlers.get(job.name);
    // Retrying cannot help a job nobody handles: fail it for good so it is visible.
    if (!handler) throw new UnrecoverableError(`Kein Handler für Job "${job.name}" in Queue "${job.queueName}"`);
    return handler.handle(job.data, job);
  }

  private lastErrorLog = 0;

  /** Connection trouble: one warning per 30 s instead of BullMQ's console output per retry. */
  @OnWorkerEvent('error')
  onWorkerError(error: Error): void {
    if (Date.now() - this.lastErrorLog < 30_000) return;
    this.lastErrorLog = Date.now();
    this.logger.warn(`Worker: ${error.message}`);
  }

  /** A job failed for good (all attempts used, or unrecoverable): its row is now `failed` or needs a look. */
  @OnWorkerEvent('failed')
  onJobFailed(job: Job | undefined, error: Error): void {
    if (!job) return;
    const final = job.attemptsMade >= (job.opts.attempts ?? 1) || error.name === 'UnrecoverableError';
    this.logger[final ? 'error' : 'warn'](`${job.name} ${job.id} fehlgeschlagen (Versuch ${job.attemptsMade}${final ? ', endgültig' : ''}): ${error.message}`);
  }
}
