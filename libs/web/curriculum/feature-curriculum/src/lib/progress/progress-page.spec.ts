import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { ProgramRole } from '@ecampus/shared/contracts';
import { aProgram, aProgressMatrix } from '@ecampus/web/curriculum/data-access/testing';
import { FileDownload } from '@ecampus/web/shared/data-access';
import { byTestId, configureCurriculumTest, openPage, settle } from '../../testing/harness';

const progressUrl = '/api/programs/p1/progress';

describe('ProgressPage', () => {
  let http: HttpTestingController;
  const download = jest.fn<Promise<void>, [string, string]>();

  beforeEach(() => {
    http = configureCurriculumTest();
    download.mockReset().mockResolvedValue(undefined);
    jest.spyOn(TestBed.inject(FileDownload), 'download').mockImplementation(download);
  });
  afterEach(() => http.verify());

  async function open(
    roles: ProgramRole[],
    matrix = aProgressMatrix(),
    url = '/programme/p1/fortschritt',
    myTandemId: string | null = null,
  ) {
    const page = await openPage(url);
    http.expectOne('/api/programs/p1').flush(aProgram({ myRoles: roles, myTandemId }));
    http.expectOne((r) => r.url === progressUrl).flush(matrix);
    await settle(page.harness);
    return page;
  }

  const names = (el: HTMLElement) =>
    Array.from(el.querySelectorAll('[data-testid="progress-row"]')).map((row) => row.getAttribute('data-name'));
  const clean = (s: string | null | undefined) => s?.replace(/\s+/g, ' ').trim();

  it('shows staff everyone × every module, with the tandems’ shared progress', async () => {
    const { el } = await open(['trainer']);
    expect(byTestId(el, 'progress-table')).not.toBeNull();
    expect(names(el)).toEqual(['Gisela Hartmann', 'Jonas Keller', 'Lena Vogt', 'Ursula Brandt']);
    const jonas = el.querySelector('[data-testid="progress-row"][data-name="Jonas Keller"]');
    expect(Array.from(jonas?.querySelectorAll('[data-testid="progress-cell"]') ?? []).map((c) => clean(c.textContent))).toEqual([
      '1/4 Lektionen · 0/1 Aufgabe',
      'abgeschlossen',
    ]);
    const tandems = Array.from(el.querySelectorAll('[data-testid="progress-tandem"]')).map((t) => clean(t.textContent));
    expect(tandems).toEqual([
      'Lena Vogt & Ursula Brandt: Gemeinsam abgeschlossen: 1 von 2 Modulen',
      'Jonas Keller & Gisela Hartmann: Gemeinsam abgeschlossen: 0 von 2 Modulen',
    ]);
    expect(byTestId(el, 'progress-tandem-filter')).not.toBeNull();
    expect(byTestId(el, 'progress-export')).not.toBeNull();
  });

  it('filters by tandem through the URL and back to all', async () => {
    const { el, harness } = await open(['coordinator']);
    (el.querySelector('[data-testid="progress-tandem-filter"] .mat-mdc-select-trigger') as HTMLElement).click();
    await harness.fixture.whenStable();
    const options = Array.from(document.querySelectorAll<HTMLElement>('mat-option'));
    expect(options.map((o) => clean(o.textContent))).toEqual([
      'Alle Tandems',
      'Jonas Keller & Gisela Hartmann',
      'Lena Vogt & Ursula Brandt',
    ]);
    options[1]?.click();
    await settle(harness);

    expect(TestBed.inject(Router).url).toBe('/programme/p1/fortschritt?tandemId=t2');
    const full = aProgressMatrix();
    http
      .expectOne((r) => r.url === progressUrl && r.params.get('tandemId') === 't2')
      .flush({ ...full, rows: full.rows.filter((r) => r.tandemId === 't2'), tandems: full.tandems.filter((t) => t.tandemId === 't2') });
    await settle(harness);
    expect(names(el)).toEqual(['Gisela Hartmann', 'Jonas Keller']);

    // Export what is shown.
    byTestId(el, 'progress-export')?.click();
    await settle(harness);
    expect(download).toHaveBeenCalledWith('/api/programs/p1/progress?format=csv&tandemId=t2', 'fortschritt.csv');
    expect((byTestId(el, 'progress-export') as HTMLButtonElement).disabled).toBe(false);

    await harness.navigateByUrl('/programme/p1/fortschritt');
    http.expectOne((r) => r.url === progressUrl && !r.params.has('tandemId')).flush(aProgressMatrix());
    await settle(harness);
    expect(names(el)).toHaveLength(4);
  });

  it('opens a linked tandem view directly', async () => {
    const full = aProgressMatrix();
    const { el } = await open(
      ['trainer'],
      { ...full, rows: full.rows.filter((r) => r.tandemId === 't1'), tandems: full.tandems.filter((t) => t.tandemId === 't1') },
      '/programme/p1/fortschritt?tandemId=t1',
    );
    expect(names(el)).toEqual(['Lena Vogt', 'Ursula Brandt']);
  });

  it('shows a participant her own row and her partner’s, without filter and export', async () => {
    const full = aProgressMatrix();
    const { el } = await open(
      ['mentee'],
      { ...full, rows: full.rows.filter((r) => r.tandemId === 't1'), tandems: full.tandems.filter((t) => t.tandemId === 't1') },
      undefined,
      't1',
    );
    expect(names(el)).toEqual(['Lena Vogt', 'Ursula Brandt']);
    expect(clean(el.querySelector('[data-name="Ursula Brandt"] th')?.textContent)).toBe(
      'Ursula Brandt (Sie) Mentee · Tandem mit Lena Vogt',
    );
    expect(el.querySelector('[data-name="Lena Vogt"] .you')).toBeNull();
    expect(byTestId(el, 'progress-tandem-filter')).toBeNull();
    expect(byTestId(el, 'progress-export')).toBeNull();
    expect(el.textContent).toContain('Ihr Fortschritt und der Ihres Tandems.');
  });

  it('says when there are no published modules or no participants yet', async () => {
    const { el, harness } = await open(['trainer'], aProgressMatrix({ modules: [], rows: [], tandems: [] }));
    expect(byTestId(el, 'progress-no-modules')?.textContent).toContain('Noch keine veröffentlichten Module');
    expect(byTestId(el, 'progress-export')).toBeNull();

    await harness.navigateByUrl('/programme/p1/fortschritt?tandemId=t1');
    http.expectOne((r) => r.url === progressUrl).flush(aProgressMatrix({ rows: [], tandems: [] }));
    await settle(harness);
    expect(byTestId(el, 'progress-no-people')?.textContent).toContain('Noch keine Teilnehmenden');
  });

  it('shows the server’s message when the progress cannot be loaded, and tries again', async () => {
    const page = await openPage('/programme/p1/fortschritt?tandemId=kaputt');
    http.expectOne('/api/programs/p1').flush(aProgram({ myRoles: ['trainer'] }));
    http
      .expectOne((r) => r.url === progressUrl)
      .flush({ statusCode: 400, code: 'validation_failed', message: 'Ungültige Angabe.' }, { status: 400, statusText: 'Bad Request' });
    await settle(page.harness);
    expect(page.el.textContent).toContain('Der Fortschritt konnte nicht geladen werden.');
    expect(page.el.textContent).toContain('Ungültige Angabe.');
    byTestId(page.el, 'progress-retry')?.click();
    http.expectOne((r) => r.url === progressUrl).flush(aProgressMatrix());
    await settle(page.harness);
    expect(names(page.el)).toHaveLength(4);
  });
});
