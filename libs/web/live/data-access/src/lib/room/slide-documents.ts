import { DOCUMENT, DestroyRef, Injectable, InjectionToken, inject } from '@angular/core';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { firstValueFrom } from 'rxjs';
import { LiveRoomApi } from './live-room-api';

/** A loaded PDF as the stage renders it (pdf.js' document). */
export type SlideDocument = PDFDocumentProxy;

/** pdf.js' module; loaded on the first slide shown, never with the app. Tests provide a fake. */
export const PDFJS_LOADER = new InjectionToken<() => Promise<typeof import('pdfjs-dist')>>('PDFJS_LOADER', {
  providedIn: 'root',
  factory: () => () => import('pdfjs-dist'),
});

/** Where the app serves pdf.js' worker (apps/web/project.json copies it as an asset). */
export const PDFJS_WORKER_PATH = 'pdfjs/pdf.worker.min.mjs';

/**
 * The PDFs shown on the stage: fetched with the app's HttpClient (the auth interceptor adds the
 * token), parsed by pdf.js in its worker. Keeps the current document only; a new material
 * releases the previous one. Provided by the room page.
 */
@Injectable()
export class SlideDocuments {
  private readonly api = inject(LiveRoomApi);
  private readonly loadPdfJs = inject(PDFJS_LOADER);
  private readonly document = inject(DOCUMENT);
  private current: { materialId: string; doc: Promise<SlideDocument> } | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.release());
  }

  load(materialId: string): Promise<SlideDocument> {
    if (this.current?.materialId === materialId) return this.current.doc;
    this.release();
    const doc = this.open(materialId);
    this.current = { materialId, doc };
    // A failed load is not kept: the next attempt fetches again.
    doc.catch(() => {
      if (this.current?.doc === doc) this.current = null;
    });
    return doc;
  }

  private async open(materialId: string): Promise<SlideDocument> {
    const [bytes, pdfjs] = await Promise.all([firstValueFrom(this.api.materialFile(materialId)), this.loadPdfJs()]);
    if (!pdfjs.GlobalWorkerOptions.workerSrc) {
      pdfjs.GlobalWorkerOptions.workerSrc = new URL(PDFJS_WORKER_PATH, this.document.baseURI).href;
    }
    return pdfjs.getDocument({ data: new Uint8Array(bytes) }).promise;
  }

  private release(): void {
    const previous = this.current;
    this.current = null;
    void previous?.doc.then((doc) => doc.destroy()).catch(() => undefined);
  }
}
