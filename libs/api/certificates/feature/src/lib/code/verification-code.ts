import { randomInt } from 'node:crypto';

/**
 * Verification codes printed on certificates, e.g. `7KQ2-MX9P-C4RT-HW3N-Q`.
 *
 * - 32 characters without 0/O and 1/I, which people confuse when reading a print or typing it in.
 * - 16 data characters × 5 bits = 80 bits from `crypto.randomInt`: too many to guess or enumerate
 *   against the public verification page.
 * - One check character (Damm algorithm over GF(32), see `dammInterim`) so a typo is reported at
 *   once, without a database lookup.
 * - Shown as four groups of four plus the check character: short groups are easier to read aloud,
 *   type and compare than 17 characters in a row, and the check character stands apart so the
 *   data groups stay uniform.
 */
export const VERIFICATION_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

const DATA_LENGTH = 16;
const GROUP = 4;

export type ParsedVerificationCode = { ok: true; code: string } | { ok: false; reason: 'format' | 'check' };

/** A new random code in its canonical grouped form. */
export function newVerificationCode(): string {
  const data = Array.from({ length: DATA_LENGTH }, () => randomInt(VERIFICATION_CODE_ALPHABET.length));
  return format([...data, checkValue(data)]);
}

/**
 * Reads a code as people type it or as the QR link carries it: case-insensitive, spaces and dashes
 * anywhere are ignored. `format` = wrong length or a character outside the alphabet (O, 0, I, 1
 * included: they are never issued); `check` = well-formed but the check character does not match,
 * i.e. a typo.
 */
export function parseVerificationCode(input: string): ParsedVerificationCode {
  // Dashes: ASCII and the Unicode hyphens/dashes that copying from a PDF or a word processor yields.
  const compact = input.replace(/[\s\-\u2010-\u2015]/g, '').toUpperCase();
  if (compact.length !== DATA_LENGTH + 1) return { ok: false, reason: 'format' };
  const values = [...compact].map((c) => VERIFICATION_CODE_ALPHABET.indexOf(c));
  if (values.some((v) => v < 0)) return { ok: false, reason: 'format' };
  // Running the check over data + check character ends in 0 exactly when the check character fits.
  if (dammInterim(values) !== 0) return { ok: false, reason: 'check' };
  return { ok: true, code: format(values) };
}

function format(values: number[]): string {
  const chars = values.map((v) => VERIFICATION_CODE_ALPHABET[v]).join('');
  const groups = chars.slice(0, DATA_LENGTH).match(new RegExp(`.{${GROUP}}`, 'g')) ?? [];
  return [...groups, chars.slice(DATA_LENGTH)].join('-');
}

/**
 * Damm algorithm with the quasigroup x∘y = 2·x + y over GF(32) (addition is XOR). Because 2 ≠ 0, 1,
 * it is a Latin square (every single substitution changes the result) and totally anti-symmetric
 * ((c∘x)∘y = (c∘y)∘x only if x = y: every adjacent transposition changes the result). Luhn mod N
 * was the other candidate but misses one transposition: the first and last alphabet characters
 * ("2Z" ↔ "Z2").
 */
function dammInterim(values: number[]): number {
  return values.reduce((interim, v) => times2(interim) ^ v, 0);
}

/** The check value c with interim∘c = 0, i.e. c = 2·interim (minus is plus in GF(2⁵)). */
function checkValue(data: number[]): number {
  return times2(dammInterim(data));
}

/** Multiplication by x in GF(2⁵) modulo the primitive polynomial x⁵ + x² + 1. */
function times2(v: number): number {
  const shifted = v << 1;
  return shifted & 0b100000 ? shifted ^ 0b100101 : shifted;
}
