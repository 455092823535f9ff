/*
 * The mail and the in-app notice telling a holder her certificate is ready (only for batches whose
 * coordinator chose to notify: never a surprise bulk mail). German, like every mail of eCampus so far.
 */

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
const oneLine = (s: string) => s.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim();

export interface CertificateMailInput {
  to: string;
  holderName: string;
  programTitle: string;
  /** The page "Meine Bescheinigungen" in the web app. */
  link: string;
  code: string;
}

export function renderCertificateMail(m: CertificateMailInput): { to: string; subject: string; text: string; html: string } {
  const program = oneLine(m.programTitle);
  const subject = `Ihre Teilnahmebescheinigung für „${program}“ ist bereit`;
  const lines = [
    `Guten Tag ${oneLine(m.holderName)},`,
    '',
    `Ihre Teilnahmebescheinigung für das Programm „${program}“ ist ausgestellt. Sie können sie unter „Meine Bescheinigungen“ herunterladen:`,
    m.link,
    '',
    `Prüfcode: ${m.code} – damit kann jede und jeder die Bescheinigung ohne Anmeldung prüfen.`,
    '',
    'Herzliche Grüße',
    'Ihr eCampus',
  ];
  const html = lines
    .map((line) => (line === m.link ? `<a href="${escapeHtml(m.link)}">${escapeHtml(m.link)}</a>` : escapeHtml(line)))
    .join('<br>\n');
  return { to: m.to, subject, text: lines.join('\n'), html: `<p>${html}</p>` };
}

/** The page "Meine Bescheinigungen" in the web app: the notice's link (a path), the mail's link after PUBLIC_URL. */
export const MY_CERTIFICATES_PATH = '/bescheinigungen';

/**
 * The in-app notice (notifications' NoticeWriter): one per certificate (`dedupeKey`), so a render
 * job that runs twice notifies once.
 */
export function renderCertificateNotice(certificateId: string, programTitle: string) {
  return {
    kind: 'certificate-issued',
    title: 'Ihre Teilnahmebescheinigung ist bereit',
    body: `Ihre Teilnahmebescheinigung für das Programm „${oneLine(programTitle)}“ ist ausgestellt. Sie finden sie unter „Meine Bescheinigungen“.`,
    link: MY_CERTIFICATES_PATH,
    dedupeKey: `certificate:${certificateId}`,
  };
}
