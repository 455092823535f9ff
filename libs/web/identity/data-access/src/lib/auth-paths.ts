/** Paths the identity pages live at (German URLs, as people read them). */
export const LOGIN_PATH = '/anmelden';
export const SET_PASSWORD_PATH = '/passwort-setzen';
/** The signed-in person's own account (user menu): change the password, see and end sessions. */
export const ACCOUNT_PASSWORD_PATH = '/konto/passwort';
export const ACCOUNT_SESSIONS_PATH = '/konto/sitzungen';
/** Query parameter telling the login page that an existing session ran out. */
export const SESSION_EXPIRED_PARAM = 'sitzungAbgelaufen';

/**
 * Only same-site paths are accepted as a target after login, so a crafted link cannot send a
 * freshly signed-in person to another site ("//evil.example", "https://…").
 */
export function safeReturnUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith(LOGIN_PATH) || value.startsWith(SET_PASSWORD_PATH)) return '/';
  return value;
}
