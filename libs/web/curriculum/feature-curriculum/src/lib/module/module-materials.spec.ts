import { HttpEventType } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { listOf, type ModuleDetail } from '@ecampus/shared/contracts';
import { aMaterial, aModule, aModuleDetail, aProgram, anAssignmentSummary } from '@ecampus/web/curriculum/data-access/testing';
import { FileDownload } from '@ecampus/web/shared/data-access';
import { byTestId, configureCurriculumTest, openPage, settle, textOf } from '../../testing/harness';

const url = '/api/modules/m1';

/** Puts files on a file input the way a person's choice does. */
function choose(el: HTMLElement, testId: string, files: File[]): void {
  const input = byTestId(el, testId) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
}

describe('ModulePage: materials and assignments', () => {
  let http: HttpTestingController;
  let download: jest.SpyInstance;

  beforeEach(() => {
    http = configureCurriculumTest();
    download = jest.spyOn(TestBed.inject(FileDownload), 'download').mockResolvedValue(undefined);
  });
  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((c) => (c.innerHTML = ''));
    http.verify();
  });

  async function open(roles: ('trainer' | 'mentee')[], detail: ModuleDetail, myTandemId: string | null = null) {
    const page = await openPage('/programme/p1/module/m1');
    http.expectOne(url).flush(detail);
    http.expectOne('/api/programs/p1').flush(aProgram({ myRoles: roles, myTandemId }));
    http.expectOne('/api/programs/p1/modules').flush(listOf([aModule({ id: 'm1' })]));
    await settle(page.harness);
    return page;
  }

  const items = (el: HTMLElement) => Array.from(el.querySelectorAll<HTMLElement>('[data-testid="material-item"]'));

  it('lets staff upload with progress and cancel; the browser and then the server refuse what does not fit', async () => {
    const { harness, el } = await open(
      ['trainer'],
      aModuleDetail({
        canEdit: true,
        materials: [aMaterial()],
        assignments: [anAssignmentSummary({ title: 'Seite anlegen', waitingForReview: 2 })],
      }),
    );
    expect(items(el).map((i) => [i.querySelector('.name')?.textContent, i.querySelector('.meta')?.textContent])).toEqual([
      ['Leitfaden Facebook.pdf', 'PDF · 1,5 MB · 4 Seiten'],
    ]);
    expect(textOf(el, 'file-download')).toBe('Herunterladen: Leitfaden Facebook.pdf');
    expect(textOf(el, 'assignment-waiting')).toBe('2 warten auf Prüfung');
    expect(byTestId(el, 'assignment-link')?.getAttribute('href')).toBe('/programme/p1/module/m1/aufgaben/a1');
    expect(byTestId(el, 'assignment-create')?.getAttribute('href')).toBe('/programme/p1/module/m1/aufgaben/neu');

    // Checked in the browser first: a wrong extension is not sent; the next file of the choice is.
    const huge = new File(['x'], 'riesig.pdf');
    Object.defineProperty(huge, 'size', { value: 26 * 1024 * 1024 });
    choose(el, 'material-upload-input', [new File(['MZ'], 'setup.exe'), huge, new File(['x'], 'handout.pdf')]);
    await settle(harness);
    http.expectOne(`${url}/materials`).error(new ProgressEvent('error'), { status: 0, statusText: 'Unknown Error' });
    await settle(harness);
    const errors = () => Array.from(el.querySelectorAll('[data-testid="material-upload-error"]'), (e) => e.textContent?.trim());
    expect(errors()).toEqual([
      '„setup.exe“: Diese Dateiart wird nicht angenommen (PDF, PNG, JPEG, WebP, DOCX, PPTX oder XLSX).',
      '„riesig.pdf“ ist größer als 25 MB.',
      expect.stringMatching(/^„handout\.pdf“: .+/),
    ]);

    // A running upload shows its progress and can be cancelled (the request is aborted).
    choose(el, 'material-upload-input', [new File(['x'.repeat(10)], 'Folien.pptx')]);
    let req = http.expectOne({ method: 'POST', url: `${url}/materials` });
    req.event({ type: HttpEventType.UploadProgress, loaded: 5, total: 10 });
    await settle(harness);
    expect(el.querySelector('ec-file-picker .file')?.textContent).toBe('„Folien.pptx“ wird hochgeladen: 50 %');
    expect(el.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('50');
    byTestId(el, 'material-upload-cancel')?.click();
    expect(req.cancelled).toBe(true);
    await settle(harness);
    expect(el.querySelector('mat-progress-bar')).toBeNull();
    expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain('Hochladen von „Folien.pptx“ abgebrochen.');

    // The server judges the content; its message is shown.
    choose(el, 'material-upload-input', [new File(['MZ'], 'tarnung.pdf')]);
    http
      .expectOne(`${url}/materials`)
      .flush(
        { statusCode: 415, code: 'unsupported_file_type', message: 'Der Inhalt passt nicht zur Endung .pdf.' },
        { status: 415, statusText: 'Unsupported Media Type' },
      );
    await settle(harness);
    expect(errors()).toEqual(['„tarnung.pdf“: Der Inhalt passt nicht zur Endung .pdf.']);

    choose(el, 'material-upload-input', [new File(['x'], 'Folien.pptx')]);
    req = http.expectOne(`${url}/materials`);
    req.flush(aMaterial({ id: 'mat2', fileName: 'Folien.pptx', kind: 'presentation', pageCount: null, sizeBytes: 2_400_000, position: 2 }));
    await settle(harness);
    expect(items(el).map((i) => i.dataset['name'])).toEqual(['Leitfaden Facebook.pdf', 'Folien.pptx']);
    expect(items(el)[1]?.textContent).toContain('Präsentation · 2,3 MB');
    expect(errors()).toEqual([]);
  });

  it('deletes a material after a confirmation', async () => {
    const { harness, el } = await open(['trainer'], aModuleDetail({ canEdit: true, materials: [aMaterial()] }));
    items(el)[0]?.querySelector<HTMLElement>('[data-testid="file-delete"]')?.click();
    await harness.fixture.whenStable();
    const dialog = document.querySelector<HTMLElement>('mat-dialog-container');
    expect(dialog?.textContent).toContain('„Leitfaden Facebook.pdf“ wird endgültig gelöscht.');
    dialog?.querySelector('form')?.dispatchEvent(new Event('submit'));
    http.expectOne({ method: 'DELETE', url: '/api/materials/mat1' }).flush(null, { status: 204, statusText: 'No Content' });
    await settle(harness);
    expect(items(el)).toEqual([]);
    expect(textOf(el, 'materials-empty')).toContain('Noch keine Materialien');
  });

  it('shows participants the materials to download and their tandem’s status per assignment', async () => {
    const { harness, el } = await open(
      ['mentee'],
      aModuleDetail({
        materials: [aMaterial()],
        assignments: [
          anAssignmentSummary({ myStatus: 'changes_requested', dueAt: '2027-03-20T17:00:00.000Z' }),
          anAssignmentSummary({ id: 'a2' }),
        ],
      }),
      't1',
    );
    expect(byTestId(el, 'material-upload-input')).toBeNull();
    expect(byTestId(el, 'file-delete')).toBeNull();
    expect(byTestId(el, 'assignment-create')).toBeNull();
    expect(Array.from(el.querySelectorAll('[data-testid="assignment-status"]'), (s) => s.textContent?.trim())).toEqual([
      'Überarbeitung erbeten',
      'Offen',
    ]);
    expect(textOf(el, 'assignment-item')).toContain('Abgabe bis 20. März 2027');

    byTestId(el, 'file-download')?.click();
    await settle(harness);
    expect(download).toHaveBeenCalledWith('/api/materials/mat1/file', 'Leitfaden Facebook.pdf');
  });

  it('shows participants no materials or assignments section while the module is locked', async () => {
    const { el } = await open(['mentee'], aModuleDetail({ lock: { releaseAt: '2030-01-01T08:00:00.000Z', prerequisite: null } }), 't1');
    expect(byTestId(el, 'module-materials')).toBeNull();
    expect(byTestId(el, 'assignment-list')).toBeNull();
  });
});
