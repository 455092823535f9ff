import { HttpClient, HttpContext, HttpEventType } from '@angular/common/http';
import { computed, signal, type Signal } from '@angular/core';
import { DEFAULT_UPLOAD_MAX_BYTES, FileErrorCode, UPLOAD_EXTENSIONS } from '@ecampus/shared/contracts';
import { SKIP_GLOBAL_ERROR } from '@ecampus/web/shared/data-access';
import { Observable, filter, map, type Subscription } from 'rxjs';

/** What an upload request reports: bytes sent so far, then the server's answer. */
export type UploadEvent<T> = { type: 'progress'; loaded: number; total: number } | { type: 'done'; value: T };

/** A running upload as pages show it (progress bar, cancel button). */
export interface UploadProgress {
  readonly fileName: string;
  readonly loaded: number;
  readonly total: number;
  /** 0–100. */
  readonly percent: number;
}

/**
 * POSTs one file as multipart field `file` and reports its progress (XHR upload events). The
 * upload stops — the browser aborts the request — when the subscription ends; parse checks the
 * answer with the contract.
 */
export function postFile<T>(http: HttpClient, url: string, file: File, parse: (answer: unknown) => T): Observable<UploadEvent<T>> {
  const body = new FormData();
  body.append('file', file, file.name);
  return http
    .post<unknown>(url, body, {
      reportProgress: true,
      observe: 'events',
      // The page shows the server's message where the upload was started.
      context: new HttpContext().set(SKIP_GLOBAL_ERROR, true),
    })
    .pipe(
      filter((e) => e.type === HttpEventType.UploadProgress || e.type === HttpEventType.Response),
      map((e): UploadEvent<T> => {
        if (e.type === HttpEventType.UploadProgress) return { type: 'progress', loaded: e.loaded, total: e.total ?? file.size };
        return { type: 'done', value: parse(e.type === HttpEventType.Response ? e.body : null) };
      }),
    );
}

/** Why a file is refused before it is sent; the server checks again (content too) and has the last word. */
export type UploadRefusal = typeof FileErrorCode.UnsupportedFileType | typeof FileErrorCode.FileTooLarge;

/** The extension (lower case) of a file name, '' without one. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/** Checks what the browser knows: an accepted extension, not over the limit. Null: send it. */
export function checkUpload(file: Pick<File, 'name' | 'size'>, maxBytes = DEFAULT_UPLOAD_MAX_BYTES): UploadRefusal | null {
  if (!Object.hasOwn(UPLOAD_EXTENSIONS, extensionOf(file.name))) return FileErrorCode.UnsupportedFileType;
  if (file.size > maxBytes) return FileErrorCode.FileTooLarge;
  return null;
}

/** One upload at a time with its progress; see `uploadTask()`. */
export interface UploadTask<T> {
  /** The running upload, null when none runs. */
  readonly progress: Signal<UploadProgress | null>;
  readonly busy: Signal<boolean>;
  /**
   * Sends the file; resolves with the server's answer, or null when cancelled; rejects with the
   * HTTP error. A second call while one runs rejects.
   */
  run(file: File, send: (file: File) => Observable<UploadEvent<T>>): Promise<T | null>;
  /** Stops the running upload (the request is aborted, so nothing is stored). */
  cancel(): void;
}

/** The state of uploads for a store (like `loadable()` for loads). */
export function uploadTask<T>(): UploadTask<T> {
  const progress = signal<UploadProgress | null>(null);
  let running: { cancel: () => void } | null = null;

  return {
    progress: progress.asReadonly(),
    busy: computed(() => progress() !== null),
    run(file, send) {
      if (running) return Promise.reject(new Error('An upload is running already'));
      return new Promise<T | null>((resolve, reject) => {
        const entry = {
          cancel: () => {
            // Only reachable once subscribed: `running` is this entry only while the upload runs.
            subscription.unsubscribe();
            settle(() => resolve(null));
          },
        };
        // Settles once: the answer, the failure or the cancel, whichever comes first.
        const settle = (finish: () => void) => {
          if (running !== entry) return;
          running = null;
          progress.set(null);
          finish();
        };
        running = entry;
        progress.set({ fileName: file.name, loaded: 0, total: file.size, percent: 0 });
        const subscription: Subscription = send(file).subscribe({
          next: (event) => {
            if (event.type === 'done') return settle(() => resolve(event.value));
            const percent = event.total > 0 ? Math.min(100, Math.round((100 * event.loaded) / event.total)) : 0;
            if (running === entry) progress.set({ fileName: file.name, loaded: event.loaded, total: event.total, percent });
          },
          error: (error: unknown) => settle(() => reject(error)),
        });
      });
    },
    cancel() {
      running?.cancel();
    },
  };
}
