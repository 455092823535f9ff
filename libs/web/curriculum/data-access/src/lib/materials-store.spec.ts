import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { listOf } from '@ecampus/shared/contracts';
import { FileDownload } from '@ecampus/web/shared/data-access';
import { aHistoryEntry, aMaterial, aModuleDetail } from '../testing';
import { MaterialsStore } from './materials-store';
import { ModuleStore } from './module-store';

const flushes = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('MaterialsStore', () => {
  let http: HttpTestingController;
  let store: MaterialsStore;
  let modules: ModuleStore;
  const download = jest.fn().mockResolvedValue(undefined);

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        ModuleStore,
        MaterialsStore,
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: FileDownload, useValue: { download } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    modules = TestBed.inject(ModuleStore);
    store = TestBed.inject(MaterialsStore);
    const loaded = modules.load('m1');
    http.expectOne('/api/modules/m1').flush(aModuleDetail({ canEdit: true, materials: [aMaterial()] }));
    await loaded;
  });
  afterEach(() => http.verify());

  it('uploads with progress; the material joins the module, and the shown history follows', async () => {
    const history = modules.loadHistory();
    http.expectOne('/api/modules/m1/history').flush(listOf([aHistoryEntry()]));
    await history;

    const file = new File(['x'.repeat(100)], 'Folien.pptx');
    const uploaded = store.upload(file);
    const req = http.expectOne({ method: 'POST', url: '/api/modules/m1/materials' });
    expect(((req.request.body as FormData).get('file') as File).name).toBe('Folien.pptx');
    req.event({ type: HttpEventType.UploadProgress, loaded: 50, total: 100 });
    expect(store.progress()).toMatchObject({ fileName: 'Folien.pptx', percent: 50 });
    expect(store.uploading()).toBe(true);
    const material = aMaterial({ id: 'mat2', fileName: 'Folien.pptx', kind: 'presentation', pageCount: null, position: 2 });
    req.flush(material);
    await flushes();
    http
      .expectOne('/api/modules/m1/history')
      .flush(
        listOf([aHistoryEntry({ id: 'h2', action: 'material_added', lesson: { id: 'mat2', title: 'Folien.pptx' } }), aHistoryEntry()]),
      );
    await expect(uploaded).resolves.toEqual(material);
    expect(store.materials().map((m) => m.id)).toEqual(['mat1', 'mat2']);
    expect(modules.history()[0]?.action).toBe('material_added');
    expect(store.progress()).toBeNull();
  });

  it('cancels a running upload: the request is aborted, nothing is added', async () => {
    const uploaded = store.upload(new File(['x'], 'a.pdf'));
    const req = http.expectOne('/api/modules/m1/materials');
    store.cancel();
    expect(req.cancelled).toBe(true);
    await expect(uploaded).resolves.toBeNull();
    expect(store.materials()).toHaveLength(1);
  });

  it('rejects with the server’s refusal and keeps the list', async () => {
    const uploaded = store.upload(new File(['MZ'], 'tool.pdf'));
    http
      .expectOne('/api/modules/m1/materials')
      .flush(
        { statusCode: 415, code: 'unsupported_file_type', message: 'Der Inhalt ist kein PDF.' },
        { status: 415, statusText: 'Unsupported Media Type' },
      );
    await expect(uploaded).rejects.toMatchObject({ status: 415 });
    expect(store.materials()).toHaveLength(1);
  });

  it('deletes a material and downloads one under its name', async () => {
    const removed = store.remove('mat1');
    http.expectOne({ method: 'DELETE', url: '/api/materials/mat1' }).flush(null, { status: 204, statusText: 'No Content' });
    await removed;
    expect(store.materials()).toEqual([]);

    await store.download(aMaterial());
    expect(download).toHaveBeenCalledWith('/api/materials/mat1/file', 'Leitfaden Facebook.pdf');
  });
});
