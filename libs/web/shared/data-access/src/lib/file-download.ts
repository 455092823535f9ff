import { HttpClient, HttpResponse } from '@angular/common/http';
import { DOCUMENT } from '@angular/common';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';

/** The name a `Content-Disposition` header gives (RFC 5987 `filename*` first, then `filename`). */
export function fileNameOf(contentDisposition: string | null, fallback: string): string {
  if (!contentDisposition) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(contentDisposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // a malformed encoding falls through to the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"/i.exec(contentDisposition) ?? /filename\s*=\s*([^;]+)/i.exec(contentDisposition);
  return plain?.[1].trim() || fallback;
}

/**
 * Downloads an API file with the signed-in person's token. A plain link cannot: the access token
 * lives in memory and travels in the Authorization header, never in a cookie or the URL. The file
 * is fetched as a blob and saved under the name the API gives (its original name).
 */
@Injectable({ providedIn: 'root' })
export class FileDownload {
  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);

  async download(url: string, fallbackName: string): Promise<void> {
    const response: HttpResponse<Blob> = await firstValueFrom(this.http.get(url, { responseType: 'blob', observe: 'response' }));
    const blob = response.body ?? new Blob();
    const name = fileNameOf(response.headers.get('Content-Disposition'), fallbackName);
    const objectUrl = URL.createObjectURL(blob);
    try {
      const link = this.document.createElement('a');
      link.href = objectUrl;
      link.download = name;
      link.rel = 'noopener';
      this.document.body.appendChild(link);
      link.click();
      link.remove();
    } finally {
      // Give the browser a moment to start the download before the blob goes.
      setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
    }
  }
}
