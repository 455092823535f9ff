import type { UserAccount } from './user-account';

export interface InvitationMailInput {
  user: UserAccount;
  link: string;
  expiresAt: Date;
  invitedByName: string;
  programTitle?: string;
}

export interface RenderedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const formatDate = (d: Date) =>
  new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(d);

/** The German invitation mail with the one-time set-password link. */
export function renderInvitationMail(m: InvitationMailInput): RenderedMail {
  const what = m.programTitle ? `zum Programm „${m.programTitle}“ auf eCampus` : 'zu eCampus';
  const until = formatDate(m.expiresAt);
  const subject = m.programTitle ? `Einladung zum Programm „${m.programTitle}“` : 'Ihre Einladung zu eCampus';
  const text = [
    `Hallo ${m.user.displayName},`,
    '',
    `${m.invitedByName} hat Sie ${what} eingeladen.`,
    '',
    'Bitte legen Sie über diesen Link Ihr Passwort fest:',
    m.link,
    '',
    `Der Link ist einmal verwendbar und gilt bis ${until} Uhr.`,
    `Danach melden Sie sich mit Ihrer E-Mail-Adresse ${m.user.email} an.`,
    '',
    'Viele Grüße',
    'Ihr eCampus-Team',
  ].join('\n');
  const html = [
    `<p>Hallo ${escapeHtml(m.user.displayName)},</p>`,
    `<p>${escapeHtml(m.invitedByName)} hat Sie ${escapeHtml(what)} eingeladen.</p>`,
    `<p><a href="${escapeHtml(m.link)}">Passwort festlegen</a></p>`,
    `<p>Der Link ist einmal verwendbar und gilt bis ${escapeHtml(until)} Uhr. Danach melden Sie sich mit Ihrer E-Mail-Adresse ${escapeHtml(m.user.email)} an.</p>`,
    '<p>Viele Grüße<br>Ihr eCampus-Team</p>',
  ].join('\n');
  return { to: m.user.email, subject, text, html };
}
