import { HttpClient, HttpContext } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CertificateBatchSchema,
  CertificateCriteriaSchema,
  CertificateEligibilityListSchema,
  CertificateIssuerAnswerSchema,
  CertificateVerificationSchema,
  IssuedCertificateListSchema,
  IssuedCertificateSchema,
  ModuleListSchema,
  certificateIssuerImagePath,
  MyCertificateListSchema,
  type CertificateBatch,
  type CertificateBatchRequest,
  type CertificateCriteria,
  type CertificateCriteriaInput,
  type CertificateEligibility,
  type CertificateIssuer,
  type CertificateIssuerAnswer,
  type CertificateIssuerImage,
  type CertificateOverrideRequest,
  type CertificateVerification,
  type IssuedCertificate,
  type ModuleSummary,
  type MyCertificate,
} from '@ecampus/shared/contracts';
import { FileDownload, SKIP_GLOBAL_ERROR } from '@ecampus/web/shared/data-access';
import { Observable, map } from 'rxjs';
import * as z from 'zod';

/** The pages show their own failures (a failed-load notice, messages at the form), so the global error snackbar stays out of it. */
const context = () => ({ context: new HttpContext().set(SKIP_GLOBAL_ERROR, true) });
const enc = encodeURIComponent;

/** `GET`/`PUT …/certificate-criteria` answers every field (defaults filled in) and when they were last saved. */
export const CertificateCriteriaAnswerSchema = CertificateCriteriaSchema.required().extend({ updatedAt: z.string().nullable() });
const BatchStartedSchema = z.object({ id: z.string() });
const BatchListSchema = z.array(CertificateBatchSchema);

const programUrl = (programId: string) => `/api/programs/${enc(programId)}`;
const certificateUrl = (certificateId: string) => `/api/certificates/${enc(certificateId)}`;
const issuerImageUrl = (programId: string, image: CertificateIssuerImage) =>
  `${programUrl(programId)}/certificate-issuer/${certificateIssuerImagePath(image)}`;

/**
 * Stateless HTTP calls of certificates (criteria, eligibility, overrides, issuing, the holder's own,
 * the public check); the stores hold the state. Answers are parsed with the contracts' schemas: an
 * answer that does not match fails like an HTTP error. The program's modules are read from the
 * curriculum API with its contract: curriculum's web libraries are no public entry.
 */
@Injectable({ providedIn: 'root' })
export class CertificatesApi {
  private readonly http = inject(HttpClient);
  private readonly files = inject(FileDownload);

  // ------------------------------------------------------------ criteria and who meets them (coordinators)

  /** The program's modules (staff get drafts too): the options of the required modules. */
  listModules(programId: string): Observable<ModuleSummary[]> {
    return this.http.get<unknown>(`${programUrl(programId)}/modules`, context()).pipe(map((a) => ModuleListSchema.parse(a).items));
  }

  getCriteria(programId: string): Observable<CertificateCriteria> {
    return this.http
      .get<unknown>(`${programUrl(programId)}/certificate-criteria`, context())
      .pipe(map((a) => CertificateCriteriaAnswerSchema.parse(a)));
  }

  saveCriteria(programId: string, body: CertificateCriteriaInput): Observable<CertificateCriteria> {
    return this.http
      .put<unknown>(`${programUrl(programId)}/certificate-criteria`, body, context())
      .pipe(map((a) => CertificateCriteriaAnswerSchema.parse(a)));
  }

  /** Every mentor and mentee of the program, by name: eligible or what is missing, and the coordinators' decision. */
  eligibility(programId: string): Observable<CertificateEligibility[]> {
    return this.http
      .get<unknown>(`${programUrl(programId)}/certificate-eligibility`, context())
      .pipe(map((a) => CertificateEligibilityListSchema.parse(a)));
  }

  setOverride(programId: string, userId: string, body: CertificateOverrideRequest): Observable<void> {
    return this.http
      .put<unknown>(`${programUrl(programId)}/certificate-overrides/${enc(userId)}`, body, context())
      .pipe(map(() => undefined));
  }

  clearOverride(programId: string, userId: string): Observable<void> {
    return this.http.delete<unknown>(`${programUrl(programId)}/certificate-overrides/${enc(userId)}`, context()).pipe(map(() => undefined));
  }

  // ------------------------------------------------------------ the issuer, logo and signatures (coordinators)

  getIssuer(programId: string): Observable<CertificateIssuerAnswer> {
    return this.http
      .get<unknown>(`${programUrl(programId)}/certificate-issuer`, context())
      .pipe(map((a) => CertificateIssuerAnswerSchema.parse(a)));
  }

  saveIssuer(programId: string, body: CertificateIssuer): Observable<CertificateIssuerAnswer> {
    return this.http
      .put<unknown>(`${programUrl(programId)}/certificate-issuer`, body, context())
      .pipe(map((a) => CertificateIssuerAnswerSchema.parse(a)));
  }

  /** Uploads the logo or a signature (multipart field `file`; PNG or JPEG up to 1 MB); replaces the one there was. */
  uploadIssuerImage(programId: string, image: CertificateIssuerImage, file: File): Observable<CertificateIssuerAnswer> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http
      .put<unknown>(issuerImageUrl(programId, image), body, context())
      .pipe(map((a) => CertificateIssuerAnswerSchema.parse(a)));
  }

  removeIssuerImage(programId: string, image: CertificateIssuerImage): Observable<CertificateIssuerAnswer> {
    return this.http.delete<unknown>(issuerImageUrl(programId, image), context()).pipe(map((a) => CertificateIssuerAnswerSchema.parse(a)));
  }

  /** The stored image, for a preview: fetched with the token (no plain link), shown from an object URL. */
  issuerImage(programId: string, image: CertificateIssuerImage): Observable<Blob> {
    return this.http.get(issuerImageUrl(programId, image), { ...context(), responseType: 'blob' });
  }

  // ------------------------------------------------------------ issuing (coordinators)

  /** Queues the certificates (202); the worker issues them and reports the progress. */
  startBatch(programId: string, body: CertificateBatchRequest): Observable<string> {
    return this.http
      .post<unknown>(`${programUrl(programId)}/certificate-batches`, body, context())
      .pipe(map((a) => BatchStartedSchema.parse(a).id));
  }

  /** The program's batches, newest first. */
  listBatches(programId: string): Observable<CertificateBatch[]> {
    return this.http.get<unknown>(`${programUrl(programId)}/certificate-batches`, context()).pipe(map((a) => BatchListSchema.parse(a)));
  }

  getBatch(batchId: string): Observable<CertificateBatch> {
    return this.http.get<unknown>(`/api/certificate-batches/${enc(batchId)}`, context()).pipe(map((a) => CertificateBatchSchema.parse(a)));
  }

  issued(programId: string): Observable<IssuedCertificate[]> {
    return this.http
      .get<unknown>(`${programUrl(programId)}/certificates`, context())
      .pipe(map((a) => IssuedCertificateListSchema.parse(a)));
  }

  revoke(certificateId: string, reason: string): Observable<IssuedCertificate> {
    return this.http
      .post<unknown>(`${certificateUrl(certificateId)}/revoke`, { reason }, context())
      .pipe(map((a) => IssuedCertificateSchema.parse(a)));
  }

  /** Renders the PDF again (202): the certificate is pending until the worker is done. */
  regenerate(certificateId: string): Observable<void> {
    return this.http.post<unknown>(`${certificateUrl(certificateId)}/regenerate`, {}, context()).pipe(map(() => undefined));
  }

  // ------------------------------------------------------------ the holder's own, and the PDF

  mine(): Observable<MyCertificate[]> {
    return this.http.get<unknown>('/api/me/certificates', context()).pipe(map((a) => MyCertificateListSchema.parse(a)));
  }

  /**
   * Saves the PDF (holder and coordinators) under the name the API gives. A download through HTTP,
   * not a link: the token travels in a header. A failure shows in the global error display and rejects.
   */
  downloadPdf(certificateId: string, fallbackName: string): Promise<void> {
    return this.files.download(`${certificateUrl(certificateId)}/pdf`, fallbackName);
  }

  // ------------------------------------------------------------ the public check (no login)

  verify(code: string): Observable<CertificateVerification> {
    return this.http.get<unknown>(`/api/verify/${enc(code)}`, context()).pipe(map((a) => CertificateVerificationSchema.parse(a)));
  }
}
