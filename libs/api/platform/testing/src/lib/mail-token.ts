/** The `token` of the first link in a mail's text, decoded; a clear failure when the mail has none. */
export function tokenFromMail(text: string): string {
  const match = /token=([A-Za-z0-9_%-]+)/.exec(text);
  if (!match) throw new Error(`The mail has no link with a token:\n${text}`);
  return decodeURIComponent(match[1]);
}
