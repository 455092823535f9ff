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

/**
 * The renderer's input for a certificate. `images`: the issuer's logo and signatures (PNG or JPEG,
 * read from the storage when rendering; IssuerImages), signatures by the signatory's position.
 */
export function pdfDataOf(
  content: CertificateContent,
  code: string,
  issuedAt: Date,
  publicUrl: string,
  images: { logo?: Buffer; signatures: (Buffer | undefined)[] } = { signatures: [] },
): CertificatePdfData {
  return {
    holderName: content.holderName,
    programTitle: content.programTitle,
    programStartsOn: content.programStartsOn,
    programEndsOn: content.programEndsOn,
    completed: { modules: content.modules, seminarHours: seminarHours(content.seminarMinutes), tandemMeetings: content.tandemMeetings },
    issuer: {
      organisation: content.organisation,
      signatories: content.signatories.map((s, i) => {
        const signaturePng = images.signatures[i];
        return signaturePng ? { name: s.name, role: s.role, signaturePng } : { name: s.name, role: s.role };
      }),
      ...(images.logo ? { logoPng: images.logo } : {}),
    },
    issuedOn: issuedAt.toISOString().slice(0, 10),
    verificationCode: code,
    verifyUrl: `${publicUrl.replace(/\/+$/, '')}/verify/${code}`,
  };
}
