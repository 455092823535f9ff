import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PDFJS_LOADER, SlideDocuments } from './slide-documents';

describe('SlideDocuments', () => {
  it('fetches the PDF with HttpClient, hands its bytes to pdf.js with the app’s worker, and keeps only the current one', async () => {
    const docs: { numPages: number; destroy: jest.Mock }[] = [];
    const getDocument = jest.fn(() => {
      const doc = { numPages: 7, destroy: jest.fn().mockResolvedValue(undefined) };
      docs.push(doc);
      return { promise: Promise.resolve(doc) };
    });
    const pdfjs = { GlobalWorkerOptions: { workerSrc: '' }, getDocument };
    TestBed.configureTestingModule({
      providers: [
        SlideDocuments,
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: PDFJS_LOADER, useValue: () => Promise.resolve(pdfjs) },
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const slides = TestBed.inject(SlideDocuments);

    const first = slides.load('mat-1');
    expect(slides.load('mat-1')).toBe(first);
    const request = http.expectOne('/api/materials/mat-1/file');
    expect(request.request.responseType).toBe('arraybuffer');
    request.flush(new Uint8Array([37, 80, 68, 70]).buffer);
    const doc = await first;
    expect(doc).toBe(docs[0]);
    expect(doc.numPages).toBe(7);
    expect(getDocument).toHaveBeenCalledWith({ data: new Uint8Array([37, 80, 68, 70]) });
    expect(pdfjs.GlobalWorkerOptions.workerSrc).toMatch(/\/pdfjs\/pdf\.worker\.min\.mjs$/);

    const second = slides.load('mat-2');
    http.expectOne('/api/materials/mat-2/file').flush(new ArrayBuffer(4));
    await second;
    expect(docs[0]?.destroy).toHaveBeenCalled();

    // A failed load is not kept: the next attempt fetches again.
    const failing = slides.load('mat-3');
    http.expectOne('/api/materials/mat-3/file').flush(null, { status: 403, statusText: 'Forbidden' });
    await expect(failing).rejects.toBeTruthy();
    void slides.load('mat-3');
    http.expectOne('/api/materials/mat-3/file');
    http.verify();
  });
});
