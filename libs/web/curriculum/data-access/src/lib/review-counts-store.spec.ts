import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { DestroyRef, Injector, createEnvironmentInjector, EnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ReviewCountsStore } from './review-counts-store';

const countsUrl = '/api/me/review-counts';
const tick = () => new Promise((resolve) => setTimeout(resolve));

describe('ReviewCountsStore', () => {
  let http: HttpTestingController;
  let store: ReviewCountsStore;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(ReviewCountsStore);
  });
  afterEach(() => http.verify());

  /** A page that shows the counts: an injector whose end is the page's end. */
  function aPage(): EnvironmentInjector {
    return createEnvironmentInjector([], TestBed.inject(EnvironmentInjector));
  }

  it('is one for the app, and knows the counts in all and per program after a refresh', async () => {
    expect(TestBed.inject(ReviewCountsStore)).toBe(store);
    expect([store.total(), store.waiting('p1')]).toEqual([0, 0]);
    const done = store.refresh();
    http.expectOne(countsUrl).flush({
      total: 4,
      programs: [
        { programId: 'p1', waiting: 3 },
        { programId: 'p2', waiting: 1 },
      ],
    });
    await done;
    expect([store.total(), store.waiting('p1'), store.waiting('p2'), store.waiting('p3')]).toEqual([4, 3, 1, 0]);

    // After a review: the count follows.
    const again = store.refresh();
    http.expectOne(countsUrl).flush({
      total: 3,
      programs: [
        { programId: 'p1', waiting: 2 },
        { programId: 'p2', waiting: 1 },
      ],
    });
    await again;
    expect([store.total(), store.waiting('p1')]).toEqual([3, 2]);
  });

  it('keeps the last counts when a refresh fails or breaks the contract, and lets a later refresh win', async () => {
    let done = store.refresh();
    http.expectOne(countsUrl).flush({ total: 2, programs: [{ programId: 'p1', waiting: 2 }] });
    await done;

    done = store.refresh();
    http.expectOne(countsUrl).flush({ statusCode: 500, code: 'internal', message: 'x' }, { status: 500, statusText: 'Error' });
    await done;
    done = store.refresh();
    http.expectOne(countsUrl).flush({ total: 'viele' });
    await done;
    expect(store.waiting('p1')).toBe(2);

    const first = store.refresh();
    const second = store.refresh();
    const [older, newer] = http.match(countsUrl);
    newer?.flush({ total: 5, programs: [{ programId: 'p1', waiting: 5 }] });
    older?.flush({ total: 1, programs: [{ programId: 'p1', waiting: 1 }] });
    await Promise.all([first, second]);
    expect(store.waiting('p1')).toBe(5);
  });

  it('loads for each page that shows the counts and forgets them when the last one is gone (a logout)', async () => {
    const shell = aPage();
    store.watch(shell.get(DestroyRef));
    http.expectOne(countsUrl).flush({ total: 3, programs: [{ programId: 'p1', waiting: 3 }] });
    await tick();
    expect(store.total()).toBe(3);

    const programHome = aPage();
    store.watch(programHome.get(DestroyRef));
    http.expectOne(countsUrl).flush({ total: 2, programs: [{ programId: 'p1', waiting: 2 }] });
    await tick();
    programHome.destroy();
    expect(store.waiting('p1')).toBe(2);

    // The last page goes while a refresh is on its way: its answer is not shown to the next person.
    const late = store.refresh();
    shell.destroy();
    expect([store.total(), store.waiting('p1')]).toEqual([0, 0]);
    http.expectOne(countsUrl).flush({ total: 2, programs: [{ programId: 'p1', waiting: 2 }] });
    await late;
    expect(store.total()).toBe(0);
    expect(TestBed.inject(Injector).get(ReviewCountsStore)).toBe(store);
  });
});
