/** Characters of a code without groups: four groups of four and the check character. */
const CODE_LENGTH = 17;
const GROUP = 4;

/**
 * A verification code as people type it, tidied for the check and the address bar: spaces and
 * dashes (also the ones copying from a PDF yields) dropped, upper case, and — when it has a code's
 * length — grouped as printed (`ABCD-EFGH-JKLM-NPQR-S`). Whether it is a code at all, and whether
 * its check character fits, is the API's answer (`format`, `check`).
 */
export function normalizeVerificationCode(input: string): string {
  const compact = input.replace(/[\s\-\u2010-\u2015]/g, '').toUpperCase();
  if (compact.length !== CODE_LENGTH) return compact;
  const groups = compact.slice(0, CODE_LENGTH - 1).match(new RegExp(`.{${GROUP}}`, 'g')) ?? [];
  return [...groups, compact.slice(CODE_LENGTH - 1)].join('-');
}
