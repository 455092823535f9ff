// @ts-check
// Talking to the person at the terminal: tool log lines, errors without stack traces, URLs
// without passwords.

/**
 * Log line of the tooling (distinct from the apps' JSON logs).
 * @param {string} message
 */
export function say(message) {
  process.stdout.write(`[ecampus] ${message}\n`);
}

/** An error whose message is meant for the person at the terminal; no stack trace needed. */
export class StackError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'StackError';
  }
}

/**
 * The URL with its password replaced by `***` (for logs).
 * @param {string} url
 */
export function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}
