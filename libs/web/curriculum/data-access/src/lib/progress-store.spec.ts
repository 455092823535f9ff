import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { FileDownload } from '@ecampus/web/shared/data-access';
import { aProgressMatrix } from '../testing';
import { ProgressStore } from './progress-store';

const progressUrl = '/api/programs/p1/progress';

describe('ProgressStore', () => {
  let http: HttpTestingController;
  let store: ProgressStore;
  const download = jest.fn<Promise<void>, [string, string]>();

  beforeEach(() => {
    download.mockReset().mockResolvedValue(undefined);
    TestBed.configureTestingModule({
      providers: [ProgressStore, provideHttpClient(), provideHttpClientTesting(), { provide: FileDownload, useValue: { download } }],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(ProgressStore);
  });
  afterEach(() => http.verify());

  it('loads the matrix, parsed with the contract', async () => {
    const done = store.load('p1');
    expect(store.loading()).toBe(true);
    http.expectOne(progressUrl).flush(aProgressMatrix());
    await done;
    expect(store.modules().map((m) => m.title)).toEqual(['Die eigene Facebook-Seite', 'Sicher im Netz']);
    expect(store.rows()).toHaveLength(4);
    expect(store.tandems().map((t) => t.modulesCompletedByBoth)).toEqual([1, 0]);
    expect([store.noModules(), store.noPeople()]).toEqual([false, false]);
  });

  it('filters by tandem and keeps every tandem selectable, ordered by the mentor’s name', async () => {
    let done = store.load('p1');
    http.expectOne(progressUrl).flush(aProgressMatrix());
    await done;
    expect(store.tandemOptions().map((t) => t.mentor.displayName)).toEqual(['Jonas Keller', 'Lena Vogt']);

    done = store.load('p1', 't2');
    const filtered = aProgressMatrix();
    const req = http.expectOne((r) => r.url === progressUrl && r.params.get('tandemId') === 't2');
    req.flush({
      ...filtered,
      rows: filtered.rows.filter((r) => r.tandemId === 't2'),
      tandems: filtered.tandems.filter((t) => t.tandemId === 't2'),
    });
    await done;
    expect(store.rows().map((r) => r.displayName)).toEqual(['Gisela Hartmann', 'Jonas Keller']);
    expect(store.tandemOptions().map((t) => t.tandemId)).toEqual(['t2', 't1']);

    // Another program starts with its own tandems.
    done = store.load('p2', 't9');
    http.expectOne((r) => r.url === '/api/programs/p2/progress').flush(aProgressMatrix({ programId: 'p2', rows: [], tandems: [] }));
    await done;
    expect(store.tandemOptions()).toEqual([]);
    expect(store.noPeople()).toBe(true);
  });

  it('says when there are no published modules, and fails with the server’s message', async () => {
    let done = store.load('p1');
    http.expectOne(progressUrl).flush(aProgressMatrix({ modules: [], rows: [] }));
    await done;
    expect([store.noModules(), store.noPeople()]).toEqual([true, false]);

    done = store.load('p1', 'kaputt');
    http
      .expectOne((r) => r.url === progressUrl)
      .flush({ statusCode: 400, code: 'validation', message: 'Ungültige Tandem-ID.' }, { status: 400, statusText: 'Bad Request' });
    await done;
    expect([store.failed(), store.error()?.message]).toEqual([true, 'Ungültige Tandem-ID.']);
  });

  it('exports what is shown as CSV through the token-carrying download, busy meanwhile', async () => {
    const done = store.load('p1', 't1');
    http.expectOne((r) => r.url === progressUrl).flush(aProgressMatrix());
    await done;

    let finish: () => void = () => undefined;
    download.mockReturnValueOnce(new Promise<void>((resolve) => (finish = resolve)));
    const exported = store.exportCsv();
    expect(store.exporting()).toBe(true);
    expect(download).toHaveBeenCalledWith('/api/programs/p1/progress?format=csv&tandemId=t1', 'fortschritt.csv');
    finish();
    await exported;
    expect(store.exporting()).toBe(false);

    download.mockRejectedValueOnce(new Error('offline'));
    await expect(store.exportCsv()).rejects.toThrow('offline');
    expect(store.exporting()).toBe(false);
  });
});
