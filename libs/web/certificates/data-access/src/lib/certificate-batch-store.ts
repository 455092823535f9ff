import { DestroyRef, Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import type { CertificateBatch, CertificateBatchProgress, CertificateBatchRequest } from '@ecampus/shared/contracts';
import { LiveSocket, type LiveConnection } from '@ecampus/web/identity/data-access';
import { Subject, firstValueFrom } from 'rxjs';
import { CertificatesApi } from './certificates-api';

/** How often the batch is asked for while it runs and no progress arrived over the socket since the last look. */
export const BATCH_POLL_MS = 2_000;

/**
 * The batch of certificates the coordinator watches being issued: started here, or one still
 * running when the tab opened. Its progress comes over the app's `/live` socket
 * (`certificate:batch`, after each certificate); while none arrives for BATCH_POLL_MS — the socket
 * is down, or the event went elsewhere — the batch is asked for over HTTP. When it is done, the
 * whole batch (with who failed and why) is read once and `finished` tells the page. Provided by
 * the tab page itself, so listening and polling end when the page goes.
 */
@Injectable()
export class CertificateBatchStore {
  private readonly api = inject(CertificatesApi);
  private readonly liveSocket = inject(LiveSocket);

  private readonly state = signal<CertificateBatch | null>(null);
  private readonly finishedBatches = new Subject<CertificateBatch>();
  private socket: LiveConnection | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Progress arrived over the socket since the last look: no need to ask. */
  private heard = false;
  /** The batch `finished` was told about (once per batch). */
  private finishedId: string | null = null;

  /** The batch shown (running or just done), or null. */
  readonly batch = this.state.asReadonly();
  readonly running = computed(() => this.state()?.status === 'running');
  /** Certificates handled so far (issued or failed). */
  readonly processed = computed(() => {
    const b = this.state();
    return b ? b.completed + b.failed : 0;
  });
  /** 0–100 of the batch handled; 100 once it is done (also an empty one). */
  readonly percent = computed(() => {
    const b = this.state();
    if (!b) return 0;
    if (b.total <= 0) return b.status === 'done' ? 100 : 0;
    return Math.min(100, Math.round((this.processed() / b.total) * 100));
  });
  /** A batch is done: the lists of who holds a certificate changed. */
  readonly finished = this.finishedBatches.asObservable();

  private readonly onProgress = (progress: CertificateBatchProgress) => {
    if (progress.id !== this.state()?.id) return;
    this.heard = true;
    this.apply(progress);
    // The event has the numbers only: who failed and why comes with the whole batch.
    if (progress.status === 'done' && progress.failed > 0) void this.refresh();
  };

  constructor() {
    // The socket appears after login (and is replaced after a new login): follow it.
    effect(() => {
      const socket = this.liveSocket.connection();
      untracked(() => this.attach(socket));
    });
    inject(DestroyRef).onDestroy(() => {
      this.attach(null);
      clearTimeout(this.timer);
    });
  }

  /** Queues the certificates and watches the batch; rejects with the HTTP error (the dialog shows it). */
  async start(programId: string, body: CertificateBatchRequest): Promise<string> {
    const id = await firstValueFrom(this.api.startBatch(programId, body));
    this.watch({
      id,
      programId,
      status: 'running',
      total: 0,
      completed: 0,
      failed: 0,
      notify: body.notify ?? false,
      createdAt: new Date().toISOString(),
      failures: [],
    });
    // The 202 answers the id only: the number to issue comes with the batch.
    void this.refresh();
    return id;
  }

  /** Watches a batch that runs (the newest of the program's batches when the tab opens). */
  resume(batch: CertificateBatch): void {
    if (batch.status !== 'running' || batch.id === this.state()?.id) return;
    this.watch(batch);
  }

  /** Forgets the shown batch (another program's tab). */
  reset(): void {
    clearTimeout(this.timer);
    this.state.set(null);
    this.finishedId = null;
  }

  private watch(batch: CertificateBatch): void {
    clearTimeout(this.timer);
    this.state.set(batch);
    this.finishedId = null;
    this.heard = false;
    this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (this.running()) this.timer = setTimeout(() => void this.poll(), BATCH_POLL_MS);
  }

  private async poll(): Promise<void> {
    if (!this.running()) return;
    if (this.heard) this.heard = false;
    else await this.refresh();
    this.schedule();
  }

  /** Reads the whole batch; a failure is left to the next look (or the socket). */
  private async refresh(): Promise<void> {
    const id = this.state()?.id;
    if (!id) return;
    try {
      const batch = await firstValueFrom(this.api.getBatch(id));
      if (batch.id === this.state()?.id) this.apply(batch);
    } catch {
      // The next poll tries again.
    }
  }

  /**
   * Takes news of the batch: counts only grow (a late HTTP answer may be older than the last event),
   * `done` stays done, the failures come with the whole batch.
   */
  private apply(news: CertificateBatchProgress | CertificateBatch): void {
    const current = this.state();
    if (!current || news.id !== current.id) return;
    const next: CertificateBatch = {
      ...current,
      status: current.status === 'done' ? 'done' : news.status,
      total: news.total,
      completed: Math.max(current.completed, news.completed),
      failed: Math.max(current.failed, news.failed),
      failures: 'failures' in news ? news.failures : current.failures,
      ...('createdAt' in news ? { createdAt: news.createdAt, notify: news.notify } : {}),
    };
    this.state.set(next);
    if (next.status === 'done') {
      clearTimeout(this.timer);
      if (this.finishedId !== next.id) {
        this.finishedId = next.id;
        this.finishedBatches.next(next);
      }
    }
  }

  private attach(socket: LiveConnection | null): void {
    if (socket === this.socket) return;
    this.socket?.off('certificate:batch', this.onProgress);
    this.socket = socket;
    socket?.on('certificate:batch', this.onProgress);
  }
}
