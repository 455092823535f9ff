import { HttpEventType } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { listOf, type Assignment, type Submission } from '@ecampus/shared/contracts';
import { aProgram, aReview, aStoredFile, aSubmission, aSubmissionVersion, anAssignment } from '@ecampus/web/curriculum/data-access/testing';
import { byTestId, configureCurriculumTest, openPage, settle, textOf, type } from '../../testing/harness';

const url = '/api/assignments/a1';
const texts = (el: HTMLElement, testId: string) =>
  Array.from(el.querySelectorAll(`[data-testid="${testId}"]`), (e) => e.textContent?.replace(/\s+/g, ' ').trim());

function choose(el: HTMLElement, testId: string, files: File[]): void {
  const input = byTestId(el, testId) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
}

describe('AssignmentPage', () => {
  let http: HttpTestingController;

  beforeEach(() => (http = configureCurriculumTest()));
  afterEach(() => http.verify());

  async function open(
    roles: ('trainer' | 'coordinator' | 'mentor' | 'mentee')[],
    assignment: Assignment,
    submissions: Submission[] | null,
    myTandemId: string | null = null,
  ) {
    const page = await openPage('/programme/p1/module/m1/aufgaben/a1');
    http.expectOne('/api/programs/p1').flush(aProgram({ myRoles: roles, myTandemId }));
    http.expectOne(url).flush(assignment);
    await settle(page.harness);
    if (submissions) {
      http.expectOne(`${url}/submissions`).flush(listOf(submissions));
      await settle(page.harness);
    }
    return page;
  }

  describe('for a tandem', () => {
    const participant = (overrides: Partial<Assignment> = {}) => anAssignment({ canSubmit: true, moduleTitle: 'Facebook', ...overrides });

    it('hands in text and links (checked as web addresses); the status and the thread follow', async () => {
      const { harness, el } = await open(['mentee'], participant({ submissionKind: 'links' }), [], 't1');
      expect(textOf(el, 'assignment-back')).toBe('← Zurück zu „Facebook“');
      expect(byTestId(el, 'assignment-instructions-html')?.innerHTML).toBe('<p>Legen Sie gemeinsam eine Seite an.</p>');
      expect(textOf(el, 'submission-status')).toBe('Offen');
      expect(textOf(el, 'submission-notice')).toBe('Ihr Tandem hat noch nichts abgegeben.');
      expect(byTestId(el, 'staff-submissions')).toBeNull();
      expect(byTestId(el, 'submission-file-input')).toBeNull();

      // Nothing at all cannot be handed in.
      el.querySelector<HTMLFormElement>('[data-testid="submission-form"]')?.dispatchEvent(new Event('submit'));
      await settle(harness);
      expect(textOf(el, 'submission-empty')).toContain('Bitte schreiben Sie einen Text');

      type(el, 'submission-text', 'Unsere Seite ist online.');
      type(el, 'submission-link-input', 'javascript:alert(1)');
      byTestId(el, 'submission-link-add')?.click();
      await settle(harness);
      const inputs = () => el.querySelectorAll<HTMLInputElement>('[data-testid="submission-link-input"]');
      expect(inputs()).toHaveLength(2);
      expect(document.activeElement).toBe(inputs()[1]);
      el.querySelector<HTMLFormElement>('[data-testid="submission-form"]')?.dispatchEvent(new Event('submit'));
      await settle(harness);
      http.expectNone(`${url}/submissions`);
      expect(el.querySelector('mat-error')?.textContent).toContain('Bitte eine Adresse mit https:// angeben');

      type(el, 'submission-link-input', 'https://facebook.com/beispiel');
      el.querySelectorAll<HTMLElement>('[data-testid="submission-link-remove"]')[1]?.click();
      await settle(harness);
      expect(inputs()).toHaveLength(1);
      byTestId(el, 'submission-submit')?.click();
      const req = http.expectOne({ method: 'POST', url: `${url}/submissions` });
      expect(req.request.body).toEqual({ text: 'Unsere Seite ist online.', links: ['https://facebook.com/beispiel'] });
      req.flush(
        aSubmission({ versions: [aSubmissionVersion({ text: 'Unsere Seite ist online.', links: ['https://facebook.com/beispiel'] })] }),
      );
      await settle(harness);
      expect(textOf(el, 'submission-status')).toBe('Eingereicht');
      expect(textOf(el, 'submission-notice')).toContain('wartet auf Prüfung');
      expect(texts(el, 'thread-version')[0]).toContain('Version 1 von Anna Beispiel');
      expect(textOf(el, 'submission-submit')).toBe('Neue Version abgeben');
      expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain('Abgegeben.');
    });

    it('shows the feedback of a requested change and starts the revision from the latest version', async () => {
      const submission = aSubmission({
        status: 'changes_requested',
        versions: [aSubmissionVersion({ text: 'Erster Entwurf', late: true })],
        reviews: [aReview({ feedback: 'Bitte noch ein Titelbild.' })],
        late: true,
      });
      const { harness, el } = await open(['mentor'], participant(), [submission], 't1');
      expect(textOf(el, 'submission-status')).toBe('Überarbeitung erbeten');
      expect(texts(el, 'thread-version')[0]).toContain('· verspätet');
      expect(textOf(el, 'thread-feedback')).toBe('Bitte noch ein Titelbild.');
      expect(texts(el, 'thread-review')[0]).toContain('Überarbeitung erbeten von Miriam Schäfer');
      expect((byTestId(el, 'submission-text') as HTMLTextAreaElement).value).toBe('Erster Entwurf');

      type(el, 'submission-text', 'Jetzt mit Titelbild');
      byTestId(el, 'submission-submit')?.click();
      http.expectOne(`${url}/submissions`).flush(
        aSubmission({
          versions: [
            aSubmissionVersion({ text: 'Erster Entwurf' }),
            aSubmissionVersion({ number: 2, text: 'Jetzt mit Titelbild', submittedAt: '2027-03-12T09:00:00.000Z' }),
          ],
          reviews: submission.reviews,
        }),
      );
      await settle(harness);
      expect(el.querySelectorAll('[data-testid="submission-thread"] > li').length).toBe(3);
      expect(textOf(el, 'submission-status')).toBe('Eingereicht');
    });

    it('hides the form once the submission is approved', async () => {
      const { el } = await open(
        ['mentee'],
        participant(),
        [aSubmission({ status: 'approved', reviews: [aReview({ decision: 'approved', feedback: 'Prima!' })] })],
        't1',
      );
      expect(textOf(el, 'submission-status')).toBe('Angenommen');
      expect(textOf(el, 'submission-notice')).toBe('Angenommen – diese Aufgabe ist erledigt.');
      expect(byTestId(el, 'submission-form')).toBeNull();
    });

    it('uploads files with progress and cancel, attaches them and hands them in by id', async () => {
      const { harness, el } = await open(['mentee'], participant({ submissionKind: 'files' }), [], 't1');
      choose(el, 'submission-file-input', [new File(['x'], 'plan.docx')]);
      let req = http.expectOne({ method: 'POST', url: `${url}/files` });
      req.event({ type: HttpEventType.UploadProgress, loaded: 1, total: 2 });
      await settle(harness);
      expect(el.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('50');
      byTestId(el, 'submission-file-cancel')?.click();
      expect(req.cancelled).toBe(true);
      await settle(harness);
      expect(byTestId(el, 'submission-attached-file')).toBeNull();

      choose(el, 'submission-file-input', [new File(['x'], 'plan.docx'), new File(['x'], 'virus.exe')]);
      req = http.expectOne(`${url}/files`);
      req.flush(aStoredFile({ id: 'f9', fileName: 'plan.docx' }));
      await settle(harness);
      expect(texts(el, 'submission-attached-file')[0]).toContain('plan.docx');
      expect(textOf(el, 'submission-file-error')).toContain('„virus.exe“: Diese Dateiart wird nicht angenommen');

      byTestId(el, 'submission-submit')?.click();
      const sent = http.expectOne({ method: 'POST', url: `${url}/submissions` });
      expect(sent.request.body).toEqual({ fileIds: ['f9'] });
      sent.flush(aSubmission({ versions: [aSubmissionVersion({ text: '', files: [aStoredFile({ id: 'f9', fileName: 'plan.docx' })] })] }));
      await settle(harness);
      expect(texts(el, 'submission-file')[0]).toContain('plan.docx');
    });

    it('tells a participant without a tandem who can hand in, and marks an overdue assignment', async () => {
      const { el } = await open(['mentee'], anAssignment({ canSubmit: false, dueAt: '2020-01-01T10:00:00.000Z' }), null);
      expect(textOf(el, 'assignment-no-tandem')).toContain('mit einem Tandem');
      expect(textOf(el, 'assignment-overdue')).toContain('als verspätet markiert');
      expect(byTestId(el, 'submission-form')).toBeNull();
    });
  });

  describe('for staff', () => {
    const waiting = aSubmission({ id: 's1', tandemId: 't1', canReview: true, updatedAt: '2027-03-10T09:00:00.000Z' });
    const own = aSubmission({
      id: 's2',
      tandemId: 't-own',
      mentor: { userId: 'u-me', displayName: 'Miriam Schäfer' },
      mentee: { userId: 'u-x', displayName: 'Petra Pohl' },
      updatedAt: '2027-03-09T09:00:00.000Z',
    });
    const approved = aSubmission({
      id: 's3',
      tandemId: 't3',
      status: 'approved',
      mentee: { userId: 'u-3', displayName: 'Lena Koch' },
      reviews: [aReview({ decision: 'approved', feedback: '' })],
      late: true,
    });

    it('lists every tandem’s submission, waiting ones first; the own tandem is left to others', async () => {
      const { el } = await open(
        ['coordinator', 'mentor'],
        anAssignment({ canEdit: true, canSubmit: true }),
        [approved, own, waiting],
        't-own',
      );
      expect(texts(el, 'submission-card').length).toBe(3);
      expect(Array.from(el.querySelectorAll<HTMLElement>('[data-testid="submission-card"]'), (c) => c.dataset['tandem'])).toEqual([
        'Anna Beispiel & Jonas Weber',
        'Petra Pohl & Miriam Schäfer',
        'Lena Koch & Jonas Weber',
      ]);
      expect(textOf(el, 'submissions-summary')).toBe('3 Tandems haben abgegeben · 1 wartet auf Ihre Prüfung');
      expect(textOf(el, 'submission-own-tandem')).toBe('Eigenes Tandem – Prüfung durch andere');
      expect(el.querySelectorAll('[data-testid="review-form"]')).toHaveLength(1);
      expect(textOf(el, 'submission-late')).toBe('verspätet');
      expect(byTestId(el, 'assignment-edit')?.getAttribute('href')).toBe('/programme/p1/module/m1/aufgaben/a1/bearbeiten');
      // She is in a tandem herself: her tandem's own section with its form is there too.
      expect(textOf(el, 'tandem-submission')).toContain('Abgabe Ihres Tandems');
    });

    it('requests changes (feedback required) and shows the result where the form was', async () => {
      const { harness, el } = await open(['trainer'], anAssignment({ canEdit: true, waitingForReview: 1 }), [waiting]);
      const submit = () => byTestId(el, 'review-submit')?.click();
      submit();
      await settle(harness);
      expect(el.querySelector('[data-testid="review-form"] [role="alert"]')?.textContent).toContain(
        '„Annehmen“ oder „Überarbeitung erbitten“',
      );

      byTestId(el, 'review-decision-changes')?.querySelector('input')?.click();
      type(el, 'review-feedback', '   ');
      submit();
      await settle(harness);
      http.expectNone('/api/submissions/s1/review');
      expect(el.querySelector('[data-testid="review-form"] mat-error')?.textContent).toContain(
        'Bitte schreiben Sie, was überarbeitet werden soll',
      );

      type(el, 'review-feedback', 'Bitte noch ein Titelbild.');
      submit();
      const req = http.expectOne({ method: 'POST', url: '/api/submissions/s1/review' });
      expect(req.request.body).toEqual({ decision: 'changes_requested', feedback: 'Bitte noch ein Titelbild.' });
      req.flush(aSubmission({ status: 'changes_requested', reviews: [aReview({ feedback: 'Bitte noch ein Titelbild.' })] }));
      await settle(harness);
      http.expectOne('/api/me/review-counts').flush({ total: 0, programs: [] });
      expect(byTestId(el, 'review-form')).toBeNull();
      expect(textOf(el, 'review-result')).toBe('Überarbeitung erbeten. Das Tandem wird per E-Mail benachrichtigt.');
      expect(document.activeElement).toBe(byTestId(el, 'review-result'));
      expect(textOf(el, 'submission-status')).toBe('Überarbeitung erbeten');
      expect(textOf(el, 'thread-feedback')).toBe('Bitte noch ein Titelbild.');
    });

    it('approves without feedback, and shows the server’s refusal at the form', async () => {
      const { harness, el } = await open(['trainer'], anAssignment(), [waiting]);
      byTestId(el, 'review-decision-approve')?.querySelector('input')?.click();
      byTestId(el, 'review-submit')?.click();
      let req = http.expectOne('/api/submissions/s1/review');
      expect(req.request.body).toEqual({ decision: 'approved' });
      req.flush(
        { statusCode: 409, code: 'not_waiting', message: 'Diese Abgabe wurde schon geprüft.' },
        { status: 409, statusText: 'Conflict' },
      );
      await settle(harness);
      expect(textOf(el, 'review-error')).toBe('Diese Abgabe wurde schon geprüft.');

      byTestId(el, 'review-submit')?.click();
      req = http.expectOne('/api/submissions/s1/review');
      req.flush(aSubmission({ status: 'approved', reviews: [aReview({ decision: 'approved', feedback: '' })] }));
      await settle(harness);
      http.expectOne('/api/me/review-counts').flush({ total: 0, programs: [] });
      expect(textOf(el, 'review-result')).toBe('Angenommen. Das Tandem wird per E-Mail benachrichtigt.');
      expect(textOf(el, 'submission-status')).toBe('Angenommen');
    });

    it('says so when no tandem has handed in', async () => {
      const { el } = await open(['trainer'], anAssignment(), []);
      expect(textOf(el, 'submissions-empty')).toBe('Noch hat kein Tandem etwas abgegeben.');
    });

    it('offers a retry when the submissions could not be loaded', async () => {
      const { harness, el } = await open(['trainer'], anAssignment(), null);
      http.expectOne(`${url}/submissions`).flush({ statusCode: 500, code: 'x', message: 'x' }, { status: 500, statusText: 'Error' });
      await settle(harness);
      expect(el.querySelector('[data-testid="staff-submissions"] [role="alert"]')?.textContent).toBe(
        'Die Abgaben konnten nicht geladen werden.',
      );

      byTestId(el, 'submissions-retry')?.click();
      http.expectOne(url).flush(anAssignment());
      await settle(harness);
      http.expectOne(`${url}/submissions`).flush(listOf([waiting]));
      await settle(harness);
      expect(el.querySelectorAll('[data-testid="submission-card"]')).toHaveLength(1);
    });
  });
});
