/** What stands in a mail's text and html for its secret once the mail has left (and in logs outside development). */
export const REDACTED_SECRET = '[entfernt]';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/**
 * `content` without `secret` (a one-time link or token): every occurrence, also HTML-escaped as a
 * template writes it into an attribute, becomes {@link REDACTED_SECRET}. No secret, no change.
 */
export function withoutSecret(content: string, secret: string | null | undefined): string;
export function withoutSecret(content: string | null, secret: string | null | undefined): string | null;
export function withoutSecret(content: string | null, secret: string | null | undefined): string | null {
  if (!secret || content === null) return content;
  return content.split(secret).join(REDACTED_SECRET).split(escapeHtml(secret)).join(REDACTED_SECRET);
}
