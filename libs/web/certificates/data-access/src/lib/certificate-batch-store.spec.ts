import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { CertificateBatch, CertificateBatchProgress } from '@ecampus/shared/contracts';
import { LiveSocket, type LiveConnection } from '@ecampus/web/identity/data-access';
import { FakeLiveSocket, aBatch } from '../testing';
import { BATCH_POLL_MS, CertificateBatchStore } from './certificate-batch-store';

const batchUrl = '/api/certificate-batches/b1';
const progress = (p: Partial<CertificateBatchProgress>): CertificateBatchProgress => ({
  id: 'b1',
  programId: 'p1',
  status: 'running',
  total: 40,
  completed: 0,
  failed: 0,
  ...p,
});

describe('CertificateBatchStore', () => {
  let http: HttpTestingController;
  let store: CertificateBatchStore;
  let socket: FakeLiveSocket;
  let connection: ReturnType<typeof signal<LiveConnection | null>>;
  let finished: CertificateBatch[];

  function setUp(withSocket = true) {
    jest.useFakeTimers();
    socket = new FakeLiveSocket();
    connection = signal<LiveConnection | null>(withSocket ? (socket as unknown as LiveConnection) : null);
    TestBed.configureTestingModule({
      providers: [
        CertificateBatchStore,
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: LiveSocket, useValue: { connection, connected: signal(withSocket) } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(CertificateBatchStore);
    TestBed.tick();
    finished = [];
    store.finished.subscribe((b) => finished.push(b));
  }

  /** Starts a batch of 40 and answers the first look at it. */
  async function started(first: Partial<CertificateBatch> = {}) {
    const id = store.start('p1', { notify: false });
    const post = http.expectOne({ method: 'POST', url: '/api/programs/p1/certificate-batches' });
    expect(post.request.body).toEqual({ notify: false });
    post.flush({ id: 'b1' }, { status: 202, statusText: 'Accepted' });
    expect(await id).toBe('b1');
    expect(store.running()).toBe(true);
    http.expectOne(batchUrl).flush(aBatch(first));
    await jest.advanceTimersByTimeAsync(0);
  }

  afterEach(() => {
    jest.useRealTimers();
    http.verify();
  });

  it('follows the progress the server pushes over the socket, and asks over HTTP only while none arrives', async () => {
    setUp();
    await started();
    expect([store.batch()?.total, store.percent()]).toEqual([40, 0]);

    // Pushes arrive faster than the poll: no HTTP look.
    socket.serverSends('certificate:batch', progress({ completed: 12 }));
    expect([store.batch()?.completed, store.percent()]).toEqual([12, 30]);
    await jest.advanceTimersByTimeAsync(BATCH_POLL_MS);
    socket.serverSends('certificate:batch', progress({ completed: 20 }));
    await jest.advanceTimersByTimeAsync(BATCH_POLL_MS);
    http.expectNone(batchUrl);

    // Another batch's news is none of this one's.
    socket.serverSends('certificate:batch', progress({ id: 'other', completed: 39 }));
    expect(store.batch()?.completed).toBe(20);

    // The pushes stop: the next look goes over HTTP.
    await jest.advanceTimersByTimeAsync(BATCH_POLL_MS);
    http.expectOne(batchUrl).flush(aBatch({ completed: 25 }));
    await jest.advanceTimersByTimeAsync(0);
    expect(store.batch()?.completed).toBe(25);

    // The last one: done with failures, which come with the whole batch.
    socket.serverSends('certificate:batch', progress({ status: 'done', completed: 38, failed: 2 }));
    expect([store.running(), store.percent()]).toEqual([false, 100]);
    expect(finished.map((b) => b.id)).toEqual(['b1']);
    const failures = [
      { userId: 'u-x', displayName: 'Xenia', reason: 'Schrift fehlt' },
      { userId: 'u-y', displayName: 'Yvonne', reason: 'Speicher voll' },
    ];
    http.expectOne(batchUrl).flush(aBatch({ status: 'done', completed: 38, failed: 2, failures }));
    await jest.advanceTimersByTimeAsync(BATCH_POLL_MS * 3);
    expect(store.batch()?.failures).toEqual(failures);
    // Told once only; no more looks.
    expect(finished).toHaveLength(1);
  });

  it('polls every 2 s when there is no socket, until the batch is done', async () => {
    setUp(false);
    await started();
    await jest.advanceTimersByTimeAsync(BATCH_POLL_MS);
    http.expectOne(batchUrl).flush(aBatch({ completed: 10 }));
    await jest.advanceTimersByTimeAsync(0);
    expect(store.percent()).toBe(25);

    // A failed look is tried again at the next turn.
    await jest.advanceTimersByTimeAsync(BATCH_POLL_MS);
    http.expectOne(batchUrl).flush(null, { status: 502, statusText: 'Bad Gateway' });
    await jest.advanceTimersByTimeAsync(BATCH_POLL_MS);
    http.expectOne(batchUrl).flush(aBatch({ status: 'done', completed: 40 }));
    await jest.advanceTimersByTimeAsync(0);
    expect([store.running(), store.percent(), finished.length]).toEqual([false, 100, 1]);
    await jest.advanceTimersByTimeAsync(BATCH_POLL_MS * 3);
    http.expectNone(batchUrl);
  });

  it('never goes back: a late HTTP answer older than the last push does not lower the count', async () => {
    setUp();
    await started();
    await jest.advanceTimersByTimeAsync(BATCH_POLL_MS);
    const look = http.expectOne(batchUrl);
    socket.serverSends('certificate:batch', progress({ completed: 30 }));
    look.flush(aBatch({ completed: 28 }));
    await jest.advanceTimersByTimeAsync(0);
    expect(store.batch()?.completed).toBe(30);
    store.reset();
  });

  it('follows the socket that appears after the page (first connection after login) and lets go of it at the end', async () => {
    setUp(false);
    connection.set(socket as unknown as LiveConnection);
    TestBed.tick();
    expect(socket.listeners('certificate:batch')).toBe(1);
    await started();
    socket.serverSends('certificate:batch', progress({ completed: 4 }));
    expect(store.percent()).toBe(10);
    store.reset();
    TestBed.resetTestingModule();
    expect(socket.listeners('certificate:batch')).toBe(0);
  });

  it('resumes a running batch with its numbers, and ignores a finished one', () => {
    setUp();
    store.resume(aBatch({ id: 'b0', status: 'done' }));
    expect(store.batch()).toBeNull();
    store.resume(aBatch({ completed: 10, failed: 2 }));
    expect([store.batch()?.id, store.processed(), store.percent()]).toEqual(['b1', 12, 30]);
    store.reset();
    expect(store.batch()).toBeNull();
  });

  it('rejects with the HTTP error when the batch cannot start', async () => {
    setUp();
    const refused = store.start('p1', {});
    http
      .expectOne({ method: 'POST', url: '/api/programs/p1/certificate-batches' })
      .flush(
        { statusCode: 422, code: 'validation_failed', message: 'Niemand ist zu bescheinigen.' },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await expect(refused).rejects.toMatchObject({ status: 422 });
    expect(store.batch()).toBeNull();
  });
});
