import { HttpClient, HttpContext } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { LiveSessionSchema, LiveSlideMaterialListSchema, type LiveSession, type LiveSlideMaterial } from '@ecampus/shared/contracts';
import { SKIP_GLOBAL_ERROR } from '@ecampus/web/shared/data-access';
import { Observable, map } from 'rxjs';

/** The room shows its own failures (toolbar messages, the stage's notice), not the global snackbar. */
const context = () => ({ context: new HttpContext().set(SKIP_GLOBAL_ERROR, true) });
const enc = encodeURIComponent;

/** The few HTTP calls of the classroom; everything else goes over the `/live` socket. */
@Injectable({ providedIn: 'root' })
export class LiveRoomApi {
  private readonly http = inject(HttpClient);

  start(sessionId: string): Observable<LiveSession> {
    return this.http
      .post<unknown>(`/api/live-sessions/${enc(sessionId)}/start`, null, context())
      .pipe(map((answer) => LiveSessionSchema.parse(answer)));
  }

  end(sessionId: string): Observable<LiveSession> {
    return this.http
      .post<unknown>(`/api/live-sessions/${enc(sessionId)}/end`, null, context())
      .pipe(map((answer) => LiveSessionSchema.parse(answer)));
  }

  slideMaterials(sessionId: string): Observable<LiveSlideMaterial[]> {
    return this.http
      .get<unknown>(`/api/live-sessions/${enc(sessionId)}/slide-materials`, context())
      .pipe(map((answer) => LiveSlideMaterialListSchema.parse(answer).items));
  }

  /** The PDF's bytes (the app's auth interceptor adds the token). */
  materialFile(materialId: string): Observable<ArrayBuffer> {
    return this.http.get(`/api/materials/${enc(materialId)}/file`, { ...context(), responseType: 'arraybuffer' });
  }
}
