import type { CertificatePdfData } from '../pdf/certificate-pdf';

/**
 * What a certificate says, fixed when it is issued (and refreshed when it is rendered again): the
 * PDF is drawn from this, never from today's rows, so a certificate does not change under its
 * holder when the program does.
 */
export interface CertificateContent {
  holderName: string;
  programTitle: string;
  /** ISO dates `YYYY-MM-DD`. */
  programStartsOn: string;
  programEndsOn: string;
  /** Titles of the published modules whose every lesson she completed, in the program's order. */
  modules: string[];
  /** Minutes present in the program's held live sessions. */
  seminarMinutes: number;
  tandemMeetings: number;
  organisation: string;
  signatories: { name: string; role: string }[];
}

/** Hours of live seminars as printed: whole or half hours, rounded down (never more than she attended). */
export const seminarHours = (minutes: number): number => Math.floor(minutes / 30) / 2;

/** The renderer's input for a certificate. */
export function pdfDataOf(content: CertificateContent, code: string, issuedAt: Date, publicUrl: string): CertificatePdfData {
  return {
    holderName: content.holderName,
    programTitle: content.programTitle,
    programStartsOn: content.programStartsOn,
    programEndsOn: content.programEndsOn,
    completed: { modules: content.modules, seminarHours: seminarHours(content.seminarMinutes), tandemMeetings: content.tandemMeetings },
    issuer: { organisation: content.organisation, signatories: content.signatories },
    issuedOn: issuedAt.toISOString().slice(0, 10),
    verificationCode: code,
    verifyUrl: `${publicUrl.replace(/\/+$/, '')}/verify/${code}`,
  };
}
