import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { listOf } from '@ecampus/shared/contracts';
import { ReviewCountsStore } from '@ecampus/web/curriculum/data-access';
import { aProgram, aReviewQueueItem } from '@ecampus/web/curriculum/data-access/testing';
import { I18nService } from '@ecampus/web/shared/util-i18n';
import { byTestId, configureCurriculumTest, openPage, settle } from '../../testing/harness';

const queueUrl = '/api/programs/p1/review-queue';
const countsUrl = '/api/me/review-counts';

describe('ReviewQueuePage', () => {
  let http: HttpTestingController;

  beforeEach(() => (http = configureCurriculumTest()));
  afterEach(() => http.verify());

  async function open(
    items = [aReviewQueueItem()],
    counts = { total: items.length, programs: [{ programId: 'p1', waiting: items.length }] },
  ) {
    const page = await openPage('/programme/p1/pruefen');
    http.expectOne(queueUrl).flush(listOf(items));
    http.expectOne(countsUrl).flush(counts);
    await settle(page.harness);
    return page;
  }

  const items = (el: HTMLElement) => Array.from(el.querySelectorAll<HTMLElement>('[data-testid="review-queue-item"]'));
  const text = (el: Element | undefined, id: string) =>
    el?.querySelector(`[data-testid="${id}"]`)?.textContent?.replace(/\s+/g, ' ').trim();

  it('lists the waiting submissions oldest first, each leading to its assignment page', async () => {
    const { el } = await open([
      aReviewQueueItem({ submissionId: 'neu', assignmentTitle: 'Ein Post für die Ratssitzung', submittedAt: '2027-03-12T10:00:00.000Z' }),
      aReviewQueueItem({
        submissionId: 'alt',
        assignmentId: 'a7',
        moduleId: 'm3',
        assignmentTitle: 'Ihre erste Story',
        moduleTitle: 'Instagram-Stories für den Wahlkreis',
        submittedAt: '2027-03-02T08:15:00.000Z',
        late: true,
        versionNumber: 2,
      }),
    ]);
    expect(text(el, 'review-queue-count')).toBe('2 Abgaben warten auf Prüfung.');
    const [first, second] = items(el);
    expect(first?.getAttribute('data-submission-id')).toBe('alt');
    const link = first?.querySelector('[data-testid="review-queue-open"]');
    expect(link?.getAttribute('href')).toBe('/programme/p1/module/m3/aufgaben/a7');
    // Several tandems hand in the same assignment: the link says whose it is.
    expect(link?.textContent).toBe('Ihre erste Story, Lena Vogt & Ursula Brandt');
    expect(text(first, 'review-queue-module')).toBe('Modul „Instagram-Stories für den Wahlkreis“');
    expect(text(first, 'review-queue-tandem')).toBe('Tandem: Lena Vogt & Ursula Brandt');
    expect(text(first, 'review-queue-submitted')).toMatch(/^Eingereicht am 2\. März 2027\D+\d\d:15$/);
    expect(text(first, 'review-queue-version')).toBe('Version 2');
    expect(text(first, 'review-queue-late')).toBe('verspätet');
    expect(second?.querySelector('[data-testid="review-queue-late"]')).toBeNull();
    expect(text(second, 'review-queue-version')).toBe('Version 1');
  });

  it('marks her own tandem’s submission: others review it', async () => {
    const { el } = await open([aReviewQueueItem({ submissionId: 'eigen', ownTandem: true }), aReviewQueueItem({ submissionId: 'fremd' })]);
    const [own, other] = items(el);
    expect(own?.getAttribute('data-own-tandem')).toBe('true');
    expect(text(own, 'review-queue-own')).toBe('Eigenes Tandem – Prüfung durch andere');
    expect(other?.querySelector('[data-testid="review-queue-own"]')).toBeNull();
  });

  it('says when there is nothing to review, and refreshes the navigation’s count on every visit', async () => {
    const { el, harness } = await open([], { total: 0, programs: [{ programId: 'p1', waiting: 0 }] });
    expect(text(el, 'review-queue-empty')).toContain('Nichts zu prüfen');
    expect(TestBed.inject(ReviewCountsStore).waiting('p1')).toBe(0);

    // Away (to the modules) and back, as after a review on an assignment page.
    await harness.navigateByUrl('/programme/p1/module');
    http.expectOne('/api/programs/p1').flush(aProgram({ myRoles: ['trainer'] }));
    http.expectOne('/api/programs/p1/modules').flush(listOf([]));
    await settle(harness);
    await harness.navigateByUrl('/programme/p1/pruefen');
    http.expectOne(queueUrl).flush(listOf([aReviewQueueItem()]));
    http.expectOne(countsUrl).flush({ total: 1, programs: [{ programId: 'p1', waiting: 1 }] });
    await settle(harness);
    expect(items(harness.fixture.nativeElement)).toHaveLength(1);
    expect(TestBed.inject(ReviewCountsStore).waiting('p1')).toBe(1);
  });

  it('shows the server’s refusal and tries again on request, in the chosen language', async () => {
    TestBed.inject(I18nService).setLanguage('en');
    const page = await openPage('/programme/p1/pruefen');
    http
      .expectOne(queueUrl)
      .flush(
        { statusCode: 403, code: 'forbidden', message: 'Only for trainers and coordinators.' },
        { status: 403, statusText: 'Forbidden' },
      );
    http.expectOne(countsUrl).flush({ total: 0, programs: [] });
    await settle(page.harness);
    expect(page.el.textContent).toContain('The submissions could not be loaded.');
    expect(page.el.textContent).toContain('Only for trainers and coordinators.');

    byTestId(page.el, 'review-queue-retry')?.click();
    http.expectOne(queueUrl).flush(listOf([]));
    await settle(page.harness);
    expect(text(page.el, 'review-queue-empty')).toContain('Nothing to review');
  });
});
