import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { listOf } from '@ecampus/shared/contracts';
import { aReviewQueueItem } from '../testing';
import { ReviewQueueStore } from './review-queue-store';

const queueUrl = '/api/programs/p1/review-queue';

describe('ReviewQueueStore', () => {
  let http: HttpTestingController;
  let store: ReviewQueueStore;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [ReviewQueueStore, provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(ReviewQueueStore);
  });
  afterEach(() => http.verify());

  it('lists the waiting submissions oldest first and counts those she may review', async () => {
    const done = store.load('p1');
    expect(store.loading()).toBe(true);
    http
      .expectOne(queueUrl)
      .flush(
        listOf([
          aReviewQueueItem({ submissionId: 'newer', submittedAt: '2027-03-12T08:00:00.000Z' }),
          aReviewQueueItem({ submissionId: 'own', submittedAt: '2027-03-11T08:00:00.000Z', ownTandem: true }),
          aReviewQueueItem({ submissionId: 'oldest', submittedAt: '2027-03-01T08:00:00.000Z', late: true, versionNumber: 2 }),
        ]),
      );
    await done;
    expect(store.items().map((i) => i.submissionId)).toEqual(['oldest', 'own', 'newer']);
    expect([store.total(), store.reviewable(), store.empty()]).toEqual([3, 2, false]);
  });

  it('is empty when nothing waits, and fails with the server’s message (a participant: 403) or on a broken answer', async () => {
    let done = store.load('p1');
    http.expectOne(queueUrl).flush(listOf([]));
    await done;
    expect(store.empty()).toBe(true);

    done = store.load('p1');
    http
      .expectOne(queueUrl)
      .flush(
        { statusCode: 403, code: 'forbidden', message: 'Nur für Trainerinnen und die Programmleitung.' },
        { status: 403, statusText: 'Forbidden' },
      );
    await done;
    expect([store.failed(), store.error()?.message]).toEqual([true, 'Nur für Trainerinnen und die Programmleitung.']);

    done = store.load('p1');
    http.expectOne(queueUrl).flush({ items: [{ submissionId: 1 }], total: 1 });
    await done;
    expect(store.failed()).toBe(true);
  });
});
