import { newVerificationCode, parseVerificationCode, VERIFICATION_CODE_ALPHABET } from './verification-code';

const CANONICAL = /^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}-[2-9A-HJ-NP-Z]$/;

/** The 17 characters without dashes. */
const compact = (code: string) => code.replace(/-/g, '');

/** A sample of fresh codes. */
function sampleCodes(): string[] {
  return Array.from({ length: 50 }, () => newVerificationCode());
}

describe('verification codes', () => {
  it('uses 32 distinct characters without 0, O, 1 and I', () => {
    expect(new Set(VERIFICATION_CODE_ALPHABET).size).toBe(32);
    expect(VERIFICATION_CODE_ALPHABET).not.toMatch(/[0O1I]/);
  });

  it('issues codes in the grouped form XXXX-XXXX-XXXX-XXXX-C with 16 data characters (80 bits)', () => {
    for (const code of sampleCodes()) {
      expect(code).toMatch(CANONICAL);
      // 16 data characters × log2(32) = 5 bits.
      expect(compact(code).length - 1).toBe(16);
    }
  });

  it('does not repeat itself and uses the whole alphabet', () => {
    const codes = Array.from({ length: 2000 }, () => newVerificationCode());
    expect(new Set(codes).size).toBe(codes.length);
    const seen = new Set(codes.flatMap((c) => [...compact(c).slice(0, 16)]));
    expect(seen.size).toBe(32);
  });

  it('round-trips: a new code parses to itself', () => {
    for (const code of sampleCodes()) {
      expect(parseVerificationCode(code)).toEqual({ ok: true, code });
    }
  });

  it('accepts lower case, spaces and dashes anywhere and surrounding whitespace', () => {
    const code = newVerificationCode();
    const raw = compact(code);
    const variants = [
      raw,
      raw.toLowerCase(),
      `  ${code.toLowerCase()}\n`,
      raw.replace(/(.{2})/g, '$1 '),
      `-${raw.slice(0, 5)}--${raw.slice(5, 11)} - ${raw.slice(11)}-`,
      code.replace(/-/g, '\u2013'), // en dash, as copied from a document
    ];
    for (const input of variants) {
      expect(parseVerificationCode(input)).toEqual({ ok: true, code });
    }
  });

  it('rejects wrong lengths and foreign characters as format', () => {
    const raw = compact(newVerificationCode());
    for (const input of ['', '   ', raw.slice(1), `${raw}2`, `${raw.slice(0, 16)}!`, `${raw.slice(0, 16)}Ä`]) {
      expect(parseVerificationCode(input)).toEqual({ ok: false, reason: 'format' });
    }
  });

  it('rejects O, 0, I and 1 as format, not as a typo', () => {
    const raw = compact(newVerificationCode());
    for (const c of ['O', '0', 'I', '1', 'o', 'i']) {
      expect(parseVerificationCode(c + raw.slice(1))).toEqual({ ok: false, reason: 'format' });
      expect(parseVerificationCode(raw.slice(0, 16) + c)).toEqual({ ok: false, reason: 'format' });
    }
  });

  it('detects every single-character substitution, check character included (exhaustive per code)', () => {
    const missed: string[] = [];
    for (const code of sampleCodes()) {
      const raw = compact(code);
      for (let i = 0; i < raw.length; i++) {
        for (const c of VERIFICATION_CODE_ALPHABET) {
          if (c === raw[i]) continue;
          const typo = raw.slice(0, i) + c + raw.slice(i + 1);
          if (!isCheckFailure(typo)) missed.push(typo);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it('detects every adjacent transposition of different characters, check character included', () => {
    for (const code of sampleCodes()) {
      const raw = compact(code);
      for (let i = 0; i + 1 < raw.length; i++) {
        if (raw[i] === raw[i + 1]) continue;
        const swapped = raw.slice(0, i) + raw[i + 1] + raw[i] + raw.slice(i + 2);
        expect(isCheckFailure(swapped)).toBe(true);
      }
    }
  });

  it('detects the transposition of every character pair at every data position (exhaustive)', () => {
    // Includes "2Z" ↔ "Z2", the pair Luhn mod 32 would miss. (Data ↔ check character swaps are
    // covered above: the check character cannot be chosen freely.)
    const base = compact(newVerificationCode());
    const missed: string[] = [];
    for (let i = 0; i + 1 < 16; i++) {
      for (const x of VERIFICATION_CODE_ALPHABET) {
        for (const y of VERIFICATION_CODE_ALPHABET) {
          if (x === y) continue;
          const good = validCodeFor(base.slice(0, i) + x + y + base.slice(i + 2, 16));
          const swapped = good.slice(0, i) + y + x + good.slice(i + 2);
          if (!isCheckFailure(swapped)) missed.push(swapped);
        }
      }
    }
    expect(missed).toEqual([]);
  });
});

function isCheckFailure(input: string): boolean {
  const parsed = parseVerificationCode(input);
  return !parsed.ok && parsed.reason === 'check';
}

/** The one valid code with these 16 data characters, found by trying each check character. */
function validCodeFor(data: string): string {
  const valid = [...VERIFICATION_CODE_ALPHABET].filter((c) => parseVerificationCode(data + c).ok);
  if (valid.length !== 1) throw new Error(`${valid.length} check characters fit ${data}`);
  return data + valid[0];
}
