import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { StoredFile, Submission, SubmissionReview, SubmissionVersion } from '@ecampus/shared/contracts';
import { provideTestI18n } from '@ecampus/web/shared/util-i18n/testing';
import { CURRICULUM_I18N } from '../../i18n/curriculum.i18n';
import { SubmissionThread, threadOf } from './submission-thread';

/** Versions and reviews as the thread gets them (ui may not use data-access's fixtures). */
const version = (number: number, submittedAt: string, overrides: Partial<SubmissionVersion> = {}): SubmissionVersion => ({
  number,
  text: `Text ${number}`,
  links: [],
  files: [],
  author: { userId: 'u1', displayName: 'Anna Beispiel' },
  submittedAt,
  late: false,
  ...overrides,
});
const review = (versionNumber: number, createdAt: string, overrides: Partial<SubmissionReview> = {}): SubmissionReview => ({
  id: `r${versionNumber}`,
  versionNumber,
  decision: 'changes_requested',
  feedback: 'Bitte ein Titelbild ergänzen.',
  reviewer: { userId: 'u9', displayName: 'Miriam Schäfer' },
  createdAt,
  ...overrides,
});
const file: StoredFile = {
  id: 'f1',
  fileName: 'plan.pdf',
  contentType: 'application/pdf',
  kind: 'pdf',
  sizeBytes: 2048,
  pageCount: 3,
  downloadUrl: '/api/submission-files/f1/file',
  createdAt: '2027-03-10T09:00:00Z',
};

@Component({
  selector: 'ec-test-host',
  imports: [SubmissionThread],
  template: `<ec-submission-thread [submission]="submission()" label="Verlauf" (download)="downloads.push($event)" />`,
})
class Host {
  readonly submission = signal<Pick<Submission, 'versions' | 'reviews'>>({ versions: [], reviews: [] });
  readonly downloads: StoredFile[] = [];
}

describe('SubmissionThread', () => {
  it('orders versions and reviews by time, a review after the version it judged', () => {
    const entries = threadOf({
      versions: [version(2, '2027-03-12T13:00:00Z'), version(1, '2027-03-10T09:00:00Z')],
      reviews: [review(1, '2027-03-11T09:00:00Z'), review(2, '2027-03-12T13:00:00Z', { decision: 'approved', feedback: '' })],
    });
    expect(entries.map((e) => (e.kind === 'version' ? `v${e.version.number}` : `r${e.review.versionNumber}`))).toEqual([
      'v1',
      'r1',
      'v2',
      'r2',
    ]);
  });

  it('shows who handed in when, late marks, links, files and the highlighted feedback', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestI18n(CURRICULUM_I18N)] });
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.submission.set({
      versions: [
        version(1, '2027-03-10T09:00:00Z', { links: ['https://example.org/seite'], files: [file] }),
        version(2, '2027-03-12T13:00:00Z', { late: true, author: null }),
      ],
      reviews: [review(1, '2027-03-11T09:00:00Z')],
    });
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const entries = Array.from(el.querySelectorAll<HTMLElement>('[data-testid="submission-thread"] > li'));
    expect(entries.map((e) => e.dataset['testid'])).toEqual(['thread-version', 'thread-review', 'thread-version']);
    expect(entries[0]?.querySelector('.who')?.textContent).toContain('Version 1 von Anna Beispiel');
    expect(entries[0]?.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(entries[0]?.querySelector('[data-testid="submission-file"]')?.textContent).toContain('PDF · 2 KB · 3 Seiten');
    expect(entries[1]?.textContent).toContain('Überarbeitung erbeten von Miriam Schäfer');
    expect(entries[1]?.querySelector('[data-testid="thread-feedback"]')?.textContent).toBe('Bitte ein Titelbild ergänzen.');
    expect(entries[2]?.textContent).toContain('Version 2 von Gelöschtes Konto');
    expect(entries[2]?.querySelector('[data-testid="thread-late"]')?.textContent).toBe('verspätet');

    el.querySelector<HTMLButtonElement>('[data-testid="file-download"]')?.click();
    expect(fixture.componentInstance.downloads).toEqual([file]);
  });
});
