import { DestroyRef, Injectable, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type {
  CertificateCriteria,
  CertificateCriteriaInput,
  CertificateEligibility,
  CertificateOverrideKind,
  IssuedCertificate,
  ModuleSummary,
} from '@ecampus/shared/contracts';
import { loadable } from '@ecampus/web/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { CertificateBatchStore } from './certificate-batch-store';
import { CertificatesApi } from './certificates-api';

/** How often the issued list is read again while a regenerated PDF is pending. */
export const PENDING_REFRESH_MS = 3_000;
/** …and how often at most, before the list waits for the next visit. */
export const PENDING_REFRESH_TIMES = 20;

/** The PDF's name when the API gives none. */
export const certificateFileName = (code: string) => `Bescheinigung-${code}.pdf`;

/**
 * One program's certificates for its coordinators: the criteria (and the modules to choose from),
 * who meets them — by name, with what is missing and the coordinators' exceptions —, issuing
 * (CertificateBatchStore watches a running batch) and the issued certificates. Provided by the
 * tab page (with its CertificateBatchStore). Each part loads and fails on its own; mutations reject with the HTTP error, so the
 * dialogs and the form show the server's messages.
 */
@Injectable()
export class CertificatesStore {
  private readonly api = inject(CertificatesApi);
  /** The batch being issued, with its live progress. */
  readonly batches = inject(CertificateBatchStore);

  private readonly criteriaState = loadable<CertificateCriteria | null>(null);
  private readonly modulesState = loadable<ModuleSummary[]>([]);
  private readonly peopleState = loadable<CertificateEligibility[]>([]);
  private readonly issuedState = loadable<IssuedCertificate[]>([]);
  private programId = '';
  private pendingTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingRefreshes = 0;

  readonly criteria = this.criteriaState.value;
  readonly criteriaLoading = this.criteriaState.loading;
  readonly criteriaLoaded = this.criteriaState.loaded;
  readonly criteriaFailed = computed(() => this.criteriaState.failed() || this.modulesState.failed());
  readonly criteriaError = computed(() => this.criteriaState.error() ?? this.modulesState.error());
  /**
   * The modules to choose from: the published ones, and any module the criteria already require
   * (unpublished since), so saving does not drop it unseen. In the program's order.
   */
  readonly moduleOptions = computed(() => {
    const required = new Set(this.criteria()?.requiredModuleIds ?? []);
    return this.modulesState
      .value()
      .filter((m) => m.status === 'published' || required.has(m.id))
      .sort((a, b) => a.position - b.position);
  });

  readonly people = this.peopleState.value;
  readonly peopleLoading = this.peopleState.loading;
  readonly peopleLoaded = this.peopleState.loaded;
  readonly peopleFailed = this.peopleState.failed;
  readonly peopleError = this.peopleState.error;
  /** The program has no mentors and mentees (yet). */
  readonly noPeople = computed(() => this.peopleLoaded() && this.people().length === 0);

  readonly issued = this.issuedState.value;
  readonly issuedLoading = this.issuedState.loading;
  readonly issuedLoaded = this.issuedState.loaded;
  readonly issuedFailed = this.issuedState.failed;
  readonly issuedError = this.issuedState.error;
  readonly noneIssued = computed(() => this.issuedLoaded() && this.issued().length === 0);

  /**
   * Who a batch would certify now (the API's default): eligible, without a valid (not revoked)
   * certificate of this program. The confirmation names their number.
   */
  readonly toIssue = computed(() => {
    const holders = new Set(
      this.issued()
        .filter((c) => !c.revoked)
        .map((c) => c.userId),
    );
    return this.people().filter((p) => p.eligible && !holders.has(p.userId));
  });
  /** Issuing is possible: both lists are there, somebody is due, no batch runs. */
  readonly canIssue = computed(() => this.peopleLoaded() && this.issuedLoaded() && this.toIssue().length > 0 && !this.batches.running());

  constructor() {
    // A finished batch changed who holds a certificate.
    this.batches.finished.pipe(takeUntilDestroyed()).subscribe(() => {
      void this.reloadIssued();
      void this.reloadPeople();
    });
    inject(DestroyRef).onDestroy(() => clearTimeout(this.pendingTimer));
  }

  /** Everything of a program's tab; a batch still running is watched again. */
  async load(programId: string): Promise<void> {
    if (programId !== this.programId) this.batches.reset();
    this.programId = programId;
    await Promise.all([
      this.criteriaState.load(() => firstValueFrom(this.api.getCriteria(programId))),
      this.modulesState.load(() => firstValueFrom(this.api.listModules(programId))),
      this.reloadPeople(),
      this.reloadIssued(),
      this.resumeBatch(programId),
    ]);
  }

  reloadPeople(): Promise<void> {
    const programId = this.requireId();
    return this.peopleState.load(() => firstValueFrom(this.api.eligibility(programId)));
  }

  reloadIssued(): Promise<void> {
    const programId = this.requireId();
    return this.issuedState.load(() => firstValueFrom(this.api.issued(programId)));
  }

  /** Saves the criteria; who meets them is read again. Rejects with the HTTP error (the form places the messages). */
  async saveCriteria(body: CertificateCriteriaInput): Promise<CertificateCriteria> {
    const saved = await firstValueFrom(this.api.saveCriteria(this.requireId(), body));
    this.criteriaState.update(() => saved);
    void this.reloadPeople();
    return saved;
  }

  /** "Trotzdem zulassen" or "Sperren" with a reason; the list is read again (the API decides who is eligible). */
  async setOverride(userId: string, kind: CertificateOverrideKind, reason: string): Promise<void> {
    await firstValueFrom(this.api.setOverride(this.requireId(), userId, { kind, reason }));
    await this.reloadPeople();
  }

  async clearOverride(userId: string): Promise<void> {
    await firstValueFrom(this.api.clearOverride(this.requireId(), userId));
    await this.reloadPeople();
  }

  /** Queues the certificates of everyone due; `notify` tells each holder (notice and e-mail). */
  issue(notify: boolean): Promise<string> {
    return this.batches.start(this.requireId(), { notify });
  }

  async revoke(certificateId: string, reason: string): Promise<IssuedCertificate> {
    const revoked = await firstValueFrom(this.api.revoke(certificateId, reason));
    this.issuedState.update((list) => list.map((c) => (c.id === revoked.id ? revoked : c)));
    return revoked;
  }

  /** Renders the PDF again: pending until the worker is done; the list is read again until then. */
  async regenerate(certificateId: string): Promise<void> {
    await firstValueFrom(this.api.regenerate(certificateId));
    this.issuedState.update((list) => list.map((c) => (c.id === certificateId ? { ...c, status: 'pending' as const } : c)));
    this.pendingRefreshes = 0;
    this.watchPending();
  }

  /** Saves the PDF; rejects when it fails (the global error display says why). */
  download(certificate: IssuedCertificate): Promise<void> {
    return this.api.downloadPdf(certificate.id, certificateFileName(certificate.verificationCode));
  }

  private watchPending(): void {
    clearTimeout(this.pendingTimer);
    if (!this.issued().some((c) => c.status === 'pending') || this.pendingRefreshes >= PENDING_REFRESH_TIMES) return;
    this.pendingTimer = setTimeout(async () => {
      this.pendingRefreshes++;
      await this.reloadIssued();
      this.watchPending();
    }, PENDING_REFRESH_MS);
  }

  private async resumeBatch(programId: string): Promise<void> {
    try {
      const [newest] = await firstValueFrom(this.api.listBatches(programId));
      if (newest && programId === this.programId) this.batches.resume(newest);
    } catch {
      // Without the list nothing is resumed; issuing still works.
    }
  }

  private requireId(): string {
    if (!this.programId) throw new Error('CertificatesStore: load(programId) first');
    return this.programId;
  }
}
