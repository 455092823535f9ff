import { HttpClient, HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { DEFAULT_UPLOAD_MAX_BYTES } from '@ecampus/shared/contracts';
import { Subject } from 'rxjs';
import { checkUpload, extensionOf, postFile, uploadTask, type UploadEvent } from './upload';

describe('checkUpload', () => {
  it('accepts the listed extensions in any case, up to the limit', () => {
    expect(checkUpload({ name: 'Handout.PDF', size: 10 })).toBeNull();
    expect(checkUpload({ name: 'folien.pptx', size: DEFAULT_UPLOAD_MAX_BYTES })).toBeNull();
    expect(checkUpload({ name: 'bild.webp', size: 1 }, 2)).toBeNull();
  });

  it('refuses other extensions, names without one, and files over the limit', () => {
    expect(checkUpload({ name: 'programm.exe', size: 10 })).toBe('unsupported_file_type');
    expect(checkUpload({ name: 'pdf', size: 10 })).toBe('unsupported_file_type');
    expect(checkUpload({ name: '.pdf', size: 10 })).toBe('unsupported_file_type');
    expect(checkUpload({ name: 'gross.pdf', size: DEFAULT_UPLOAD_MAX_BYTES + 1 })).toBe('file_too_large');
    expect(extensionOf('a.b.DOCX')).toBe('docx');
  });
});

describe('postFile', () => {
  it('sends the file as multipart field "file" and reports progress, then the parsed answer', () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const http = TestBed.inject(HttpTestingController);
    const events: UploadEvent<string>[] = [];
    const file = new File(['%PDF-1.7'], 'a.pdf', { type: 'application/pdf' });
    const subscription = postFile(TestBed.inject(HttpClient), '/api/x', file, (a) => String((a as { id: string }).id)).subscribe((e) =>
      events.push(e),
    );
    const req = http.expectOne({ method: 'POST', url: '/api/x' });
    expect(req.request.reportProgress).toBe(true);
    expect((req.request.body as FormData).get('file')).toBeInstanceOf(File);
    req.event({ type: HttpEventType.UploadProgress, loaded: 4, total: 8 });
    req.flush({ id: 'f1' });
    expect(events).toEqual([
      { type: 'progress', loaded: 4, total: 8 },
      { type: 'done', value: 'f1' },
    ]);
    subscription.unsubscribe();
    http.verify();
  });

  it('aborts the request when the subscription ends', () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const http = TestBed.inject(HttpTestingController);
    const subscription = postFile(TestBed.inject(HttpClient), '/api/x', new File(['x'], 'a.png'), String).subscribe();
    const req = http.expectOne('/api/x');
    subscription.unsubscribe();
    expect(req.cancelled).toBe(true);
  });
});

describe('uploadTask', () => {
  const file = new File(['12345678'], 'folien.pptx');

  it('shows the progress in percent and resolves with the answer', async () => {
    const task = uploadTask<string>();
    const events = new Subject<UploadEvent<string>>();
    const done = task.run(file, () => events);
    expect(task.progress()).toEqual({ fileName: 'folien.pptx', loaded: 0, total: 8, percent: 0 });
    expect(task.busy()).toBe(true);
    events.next({ type: 'progress', loaded: 3, total: 8 });
    expect(task.progress()?.percent).toBe(38);
    events.next({ type: 'done', value: 'ok' });
    await expect(done).resolves.toBe('ok');
    expect(task.progress()).toBeNull();
    expect(task.busy()).toBe(false);
  });

  it('cancels: unsubscribes (which aborts the request) and resolves null', async () => {
    const task = uploadTask<string>();
    const events = new Subject<UploadEvent<string>>();
    const done = task.run(file, () => events);
    expect(events.observed).toBe(true);
    task.cancel();
    expect(events.observed).toBe(false);
    await expect(done).resolves.toBeNull();
    expect(task.progress()).toBeNull();
  });

  it('rejects with the HTTP error, and refuses a second upload while one runs', async () => {
    const task = uploadTask<string>();
    const events = new Subject<UploadEvent<string>>();
    const done = task.run(file, () => events);
    await expect(task.run(file, () => events)).rejects.toThrow('running');
    events.error(new Error('413'));
    await expect(done).rejects.toThrow('413');
    expect(task.busy()).toBe(false);
  });
});
