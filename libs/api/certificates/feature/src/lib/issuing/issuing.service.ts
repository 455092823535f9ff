import type { ServerResponse } from 'node:http';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ProgressRepository } from '@ecampus/api/curriculum/progress';
import type { AuthUser } from '@ecampus/api/platform/auth';
import { InjectQueue, QueueName, type Queue } from '@ecampus/api/platform/queue';
import { FileStorage, sendStoredFile } from '@ecampus/api/platform/storage';
import { assertNotArchived, ProgramAccessService, type ProgramAccess } from '@ecampus/api/programs/access';
import type {
  CertificateBatch,
  CertificateBatchRequest,
  CertificateEligibility,
  IssuedCertificate,
  MyCertificate,
} from '@ecampus/shared/contracts';
import { CertificatesRepository } from '../certificates.repository';
import { CertificatesService } from '../certificates.service';
import { newVerificationCode } from '../code/verification-code';
import { RenderCertificateJob } from '../jobs/render-certificate.job';
import type { CertificateContent } from './certificate-content';
import { alreadyRevoked, batchNotFound, certificateNotFound, nobodyToIssue, notEligible, pdfNotReady } from './issuing.errors';
import { IssuingRepository, renderJobId, type CertificateRow } from './issuing.repository';

/**
 * Jobs of the producer: fewer, faster retries than the platform's default (a render either works
 * within seconds or has a reason worth showing). The reconciler re-adds lost jobs with the defaults.
 */
export const RENDER_JOB_OPTIONS = { attempts: 3, backoff: { type: 'exponential', delay: 500 } } as const;

/**
 * Issuing (issue 11, items 2 and 4; decision 028): a batch and its certificates are written in one
 * transaction, then one job per certificate goes to the queue (job id = certificate and render
 * version); the worker renders. Codes are made here, once, and kept. Routes outside a program
 * (`/certificates/:id`, `/certificate-batches/:id`) find the program first and check the caller's
 * standing in it: coordinators (and admins), the holder for her own PDF; anyone else gets 404.
 */
@Injectable()
export class IssuingService {
  private readonly logger = new Logger(IssuingService.name);

  constructor(
    private readonly issuing: IssuingRepository,
    private readonly settings: CertificatesRepository,
    private readonly certificates: CertificatesService,
    @Inject(ProgressRepository) private readonly progress: Pick<ProgressRepository, 'publishedModules' | 'matrix'>,
    private readonly programs: ProgramAccessService,
    private readonly storage: FileStorage,
    @InjectQueue(QueueName.Certificates) private readonly queue: Queue,
  ) {}

  /** Everyone eligible without a valid certificate (or the chosen ones, who must be eligible) → a batch. */
  async startBatch(access: ProgramAccess, { userIds, notify }: CertificateBatchRequest): Promise<{ id: string }> {
    assertNotArchived(access);
    const eligibility = await this.certificates.eligibility(access);
    const holders = await this.issuing.validHolders(access.programId);
    let chosen: CertificateEligibility[];
    if (userIds) {
      const byId = new Map(eligibility.map((e) => [e.userId, e]));
      const refused = [...new Set(userIds)].filter((id) => !byId.get(id)?.eligible);
      if (refused.length) throw notEligible(refused.map((id) => byId.get(id)?.displayName ?? id));
      chosen = [...new Set(userIds)].map((id) => byId.get(id) as CertificateEligibility).filter((e) => !holders.has(e.userId));
    } else chosen = eligibility.filter((e) => e.eligible && !holders.has(e.userId));
    if (chosen.length === 0) throw nobodyToIssue();

    const contents = await this.contentsOf(access.programId, chosen);
    const { batchId, created } = await this.issuing.createBatch(
      access.programId,
      access.userId,
      notify ?? false,
      chosen.map((e) => ({ userId: e.userId, code: newVerificationCode(), content: contents.get(e.userId) as CertificateContent })),
    );
    await this.enqueue(created);
    return { id: batchId };
  }

  async batch(caller: AuthUser, batchId: string): Promise<CertificateBatch> {
    const batch = await this.issuing.batch(batchId);
    if (!batch || !(await this.coordinates(caller, batch.programId))) throw batchNotFound();
    return withoutCreator(batch);
  }

  async batchesOf(access: ProgramAccess): Promise<CertificateBatch[]> {
    return (await this.issuing.batches(await this.issuing.batchIdsOf(access.programId))).map(withoutCreator);
  }

  issued(access: ProgramAccess): Promise<IssuedCertificate[]> {
    return this.issuing.issuedOf(access.programId);
  }

  async revoke(caller: AuthUser, id: string, reason: string): Promise<IssuedCertificate> {
    const row = await this.coordinated(caller, id);
    if (!(await this.issuing.revoke(id, reason, caller.id))) throw alreadyRevoked();
    return (await this.issuing.issuedOf(row.programId)).find((c) => c.id === id) as IssuedCertificate;
  }

  /** Renders the PDF again (same code and date, refreshed name and contents). */
  async regenerate(caller: AuthUser, id: string): Promise<void> {
    const row = await this.coordinated(caller, id);
    if (row.revokedAt) throw alreadyRevoked();
    const [person] = await this.certificates.eligibility(await this.programs.accessOf(caller, row.programId), [row.userId]);
    // Someone no longer in the program keeps what her certificate said.
    const content = person ? ((await this.contentsOf(row.programId, [person])).get(row.userId) as CertificateContent) : row.content;
    const version = await this.issuing.requestRender(id, content);
    if (version === null) throw alreadyRevoked();
    await this.enqueue([{ id, version }]);
  }

  /** The PDF as a download, for its holder and the program's coordinators (anyone else: 404). */
  async download(caller: AuthUser, id: string, res: ServerResponse): Promise<void> {
    const row = await this.issuing.certificate(id);
    if (!row || (row.userId !== caller.id && !(await this.coordinates(caller, row.programId)))) throw certificateNotFound();
    if (!row.storageKey || row.sizeBytes === null) throw pdfNotReady();
    await sendStoredFile(res, this.storage, {
      storageKey: row.storageKey,
      sizeBytes: row.sizeBytes,
      contentType: 'application/pdf',
      fileName: `Teilnahmebescheinigung ${row.content.holderName}.pdf`,
    });
  }

  mine(caller: AuthUser): Promise<MyCertificate[]> {
    return this.issuing.mine(caller.id);
  }

  // ---------------------------------------------------------------- helpers

  /** What each person's certificate says: her name, the program, the modules she completed, hours, meetings, issuer. */
  private async contentsOf(programId: string, people: CertificateEligibility[]): Promise<Map<string, CertificateContent>> {
    const [program, issuer, modules] = await Promise.all([
      this.issuing.programOf(programId),
      this.settings.issuerOf(programId),
      this.progress.publishedModules(programId),
    ]);
    const rows = await this.progress.matrix(
      programId,
      modules.map((m) => m.id),
      { userIds: people.map((p) => p.userId), tandemId: null },
    );
    const lessonsOf = new Map(rows.map((r) => [r.userId, r.lessons]));
    return new Map(
      people.map((p) => {
        const lessons = lessonsOf.get(p.userId) ?? [];
        return [
          p.userId,
          {
            holderName: p.displayName,
            programTitle: program?.title ?? '',
            programStartsOn: program?.startsOn ?? '',
            programEndsOn: program?.endsOn ?? '',
            modules: modules.filter((m, i) => m.lessonCount > 0 && (lessons[i] ?? 0) >= m.lessonCount).map((m) => m.title),
            seminarMinutes: p.progress.minutesPresent,
            tandemMeetings: p.progress.tandemMeetings,
            organisation: issuer.organisation,
            signatories: issuer.signatories.map(({ name, role }) => ({ name, role })),
          },
        ];
      }),
    );
  }

  /** One job per certificate; a Redis that is away only delays them (the worker's reconciler adds them). */
  private async enqueue(requests: { id: string; version: number }[]): Promise<void> {
    try {
      await this.queue.addBulk(
        requests.map(({ id, version }) => ({
          name: RenderCertificateJob.name,
          data: { certificateId: id, version },
          opts: { ...RENDER_JOB_OPTIONS, jobId: renderJobId(id, version) },
        })),
      );
    } catch (e) {
      this.logger.warn(`${requests.length} Bescheinigungen nicht eingereiht (${(e as Error).message}); der Reconciler holt das nach`);
    }
  }

  private async coordinates(caller: AuthUser, programId: string): Promise<boolean> {
    if (caller.isAdmin) return true;
    const standing = await this.programs.standingOf(programId, caller.id);
    return standing.roles.includes('coordinator');
  }

  private async coordinated(caller: AuthUser, id: string): Promise<CertificateRow> {
    const row = await this.issuing.certificate(id);
    if (!row || !(await this.coordinates(caller, row.programId))) throw certificateNotFound();
    return row;
  }
}

/** A batch as the routes show it (who started it is the worker's business: it pushes her the progress). */
function withoutCreator(batch: CertificateBatch & { createdBy: string | null }): CertificateBatch {
  const shown: CertificateBatch & { createdBy?: string | null } = { ...batch };
  delete shown.createdBy;
  return shown;
}
