import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { FileDownload } from '@ecampus/web/shared/data-access';
import { aMyCertificate } from '../testing';
import { MyCertificatesStore } from './my-certificates-store';

describe('MyCertificatesStore', () => {
  let http: HttpTestingController;
  let store: MyCertificatesStore;
  let download: jest.Mock;

  beforeEach(() => {
    download = jest.fn().mockResolvedValue(undefined);
    TestBed.configureTestingModule({
      providers: [MyCertificatesStore, provideHttpClient(), provideHttpClientTesting(), { provide: FileDownload, useValue: { download } }],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(MyCertificatesStore);
  });
  afterEach(() => http.verify());

  it('loads her certificates, newest first, and downloads one', async () => {
    const done = store.load();
    http
      .expectOne('/api/me/certificates')
      .flush([
        aMyCertificate('c1', 'Mentoring 2026', { issuedAt: '2026-06-30T10:00:00.000Z' }),
        aMyCertificate('c2', 'Mentoring 2027', { issuedAt: '2027-06-30T10:00:00.000Z', verificationCode: 'WXYZ-WXYZ-WXYZ-WXYZ-2' }),
      ]);
    await done;
    expect(store.certificates().map((c) => c.programTitle)).toEqual(['Mentoring 2027', 'Mentoring 2026']);
    expect(store.empty()).toBe(false);

    await store.download(store.certificates()[0]);
    expect(download).toHaveBeenCalledWith('/api/certificates/c2/pdf', 'Bescheinigung-WXYZ-WXYZ-WXYZ-WXYZ-2.pdf');
  });

  it('is empty without certificates and fails on an answer that breaks the contract', async () => {
    let done = store.load();
    http.expectOne('/api/me/certificates').flush([]);
    await done;
    expect(store.empty()).toBe(true);

    done = store.load();
    http.expectOne('/api/me/certificates').flush([{ id: 'c1' }]);
    await done;
    expect(store.failed()).toBe(true);
  });
});
