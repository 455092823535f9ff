import type { OutgoingMail } from '@ecampus/api/platform/mail';
import type { ReviewDecision } from '@ecampus/shared/contracts';

/*
 * The mail both partners of a tandem get when their submission is reviewed (issue 8, item 7).
 * German only: accounts carry no language yet, and the invitation mail is German too. Plain text
 * plus a small HTML part with every interpolated value escaped (titles and feedback are user text).
 */

export const REVIEW_MAIL_KIND = 'submission_reviewed';

export interface ReviewMailInput {
  to: { email: string; displayName: string };
  assignmentTitle: string;
  moduleTitle: string;
  decision: ReviewDecision;
  feedback: string;
  reviewerName: string;
  /** The assignment page in the web app (absolute). */
  link: string;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** Mail headers are one line: a title with line breaks must not start a header of its own. */
const oneLine = (s: string) => s.replace(/[\r\n\t]+/g, ' ').trim();

/** The assignment page of the web app (`/programme/:programId/module/:moduleId/aufgaben/:assignmentId`). */
export function assignmentPageUrl(publicUrl: string, ids: { programId: string; moduleId: string; assignmentId: string }): string {
  const base = publicUrl.replace(/\/+$/, '');
  return `${base}/programme/${ids.programId}/module/${ids.moduleId}/aufgaben/${ids.assignmentId}`;
}

export function renderReviewMail(m: ReviewMailInput): OutgoingMail {
  const approved = m.decision === 'approved';
  const title = oneLine(m.assignmentTitle);
  const subject = approved ? `Aufgabe „${title}“ angenommen` : `Aufgabe „${title}“: bitte überarbeiten`;
  const verdict = approved
    ? `${m.reviewerName} hat die Abgabe Ihres Tandems zur Aufgabe „${title}“ (Modul „${oneLine(m.moduleTitle)}“) angenommen. Herzlichen Glückwunsch!`
    : `${m.reviewerName} bittet Ihr Tandem, die Abgabe zur Aufgabe „${title}“ (Modul „${oneLine(m.moduleTitle)}“) zu überarbeiten.`;
  const feedback = m.feedback.trim();
  const next = approved
    ? 'Die Aufgabe ist damit abgeschlossen. Hier finden Sie sie:'
    : 'Jede Person Ihres Tandems kann hier eine neue Fassung abgeben:';
  const text = [
    `Hallo ${m.to.displayName},`,
    '',
    verdict,
    ...(feedback ? ['', 'Rückmeldung:', feedback] : []),
    '',
    next,
    m.link,
    '',
    'Viele Grüße',
    'Ihr eCampus-Team',
  ].join('\n');
  const html = [
    `<p>Hallo ${escapeHtml(m.to.displayName)},</p>`,
    `<p>${escapeHtml(verdict)}</p>`,
    ...(feedback
      ? [`<p><strong>Rückmeldung:</strong></p>`, `<blockquote style="white-space: pre-line">${escapeHtml(feedback)}</blockquote>`]
      : []),
    `<p>${escapeHtml(next)} <a href="${escapeHtml(m.link)}">Zur Aufgabe</a></p>`,
    '<p>Viele Grüße<br>Ihr eCampus-Team</p>',
  ].join('\n');
  return { to: m.to.email, subject, text, html, kind: REVIEW_MAIL_KIND };
}
