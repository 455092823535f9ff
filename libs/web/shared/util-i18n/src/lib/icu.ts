/**
 * ICU MessageFormat, the part the web's texts use:
 *   `{name}`                                            a parameter
 *   `{count, plural, =0 {…} one {# Treffen} other {…}}` plural cases (CLDR categories or exact `=N`), `#` = the number
 *   `{role, select, mentor {…} other {…}}`              a choice by value
 *   `''` is an apostrophe; `'{'` quotes syntax characters.
 * Interpreted, not compiled: messageformat (and Transloco's plugin on top of it) compiles texts with
 * `new Function`, which the app's Content-Security-Policy (`script-src 'self'`) forbids.
 * A parameter that is not given stays visible as `{name}`, so a forgotten one shows in the page.
 */

export type IcuParams = Readonly<Record<string, unknown>>;

type Part =
  | { kind: 'text'; text: string }
  | { kind: 'arg'; name: string }
  | { kind: 'pound' }
  | { kind: 'plural' | 'select'; name: string; cases: ReadonlyMap<string, Part[]> };

export class IcuSyntaxError extends Error {
  constructor(message: string, source: string) {
    super(`${message} in "${source}"`);
    this.name = 'IcuSyntaxError';
  }
}

const parsed = new Map<string, Part[]>();

/** The message with its parameters filled in, plural forms chosen by the rules of `locale`. */
export function formatIcu(message: string, params: IcuParams, locale: string): string {
  let parts = parsed.get(message);
  if (!parts) {
    parts = parseIcu(message);
    parsed.set(message, parts);
  }
  return render(parts, params, locale, '#');
}

/** The names of the parameters a message uses (to compare the languages of a dictionary). */
export function icuParamNames(message: string): string[] {
  const names = new Set<string>();
  const walk = (parts: readonly Part[]) => {
    for (const part of parts) {
      if (part.kind === 'arg') names.add(part.name);
      if (part.kind === 'plural' || part.kind === 'select') {
        names.add(part.name);
        part.cases.forEach(walk);
      }
    }
  };
  walk(parseIcu(message));
  return [...names].sort();
}

function parseIcu(source: string): Part[] {
  let i = 0;

  const fail = (what: string): never => {
    throw new IcuSyntaxError(`${what} at ${i}`, source);
  };

  const skipSpace = () => {
    while (i < source.length && /\s/.test(source[i] ?? '')) i++;
  };

  const word = (): string => {
    skipSpace();
    const start = i;
    while (i < source.length && !/[\s,{}]/.test(source[i] ?? '')) i++;
    if (i === start) fail('a name is missing');
    return source.slice(start, i);
  };

  const expect = (char: string) => {
    skipSpace();
    if (source[i] !== char) fail(`"${char}" expected`);
    i++;
  };

  // Reads text and arguments until the end or an unmatched "}" (the end of a plural/select case).
  const message = (inPlural: boolean): Part[] => {
    const parts: Part[] = [];
    let text = '';
    const flush = () => {
      if (text) parts.push({ kind: 'text', text });
      text = '';
    };
    while (i < source.length) {
      const char = source[i] ?? '';
      if (char === "'") {
        const next = source[i + 1];
        if (next === "'") {
          text += "'";
          i += 2;
        } else if (next === '{' || next === '}' || (inPlural && next === '#')) {
          const end = source.indexOf("'", i + 1);
          if (end < 0) fail('unclosed quote');
          text += source.slice(i + 1, end);
          i = end + 1;
        } else {
          text += char;
          i++;
        }
      } else if (char === '{') {
        flush();
        i++;
        parts.push(argument(inPlural));
      } else if (char === '}') {
        break;
      } else if (char === '#' && inPlural) {
        flush();
        parts.push({ kind: 'pound' });
        i++;
      } else {
        text += char;
        i++;
      }
    }
    flush();
    return parts;
  };

  const argument = (inPlural: boolean): Part => {
    const name = word();
    skipSpace();
    if (source[i] === '}') {
      i++;
      return { kind: 'arg', name };
    }
    expect(',');
    const type = word();
    if (type !== 'plural' && type !== 'select') fail(`unsupported argument type "${type}"`);
    expect(',');
    const cases = new Map<string, Part[]>();
    for (;;) {
      skipSpace();
      if (source[i] === '}') {
        i++;
        break;
      }
      if (i >= source.length) fail('"}" expected');
      const selector = word();
      expect('{');
      cases.set(selector, message(inPlural || type === 'plural'));
      expect('}');
    }
    if (!cases.has('other')) fail(`the ${type} of "${name}" needs an "other" case`);
    return { kind: type as 'plural' | 'select', name, cases };
  };

  const parts = message(false);
  if (i < source.length) fail('unmatched "}"');
  return parts;
}

/** `pound` is what `#` stands for: the formatted number of the innermost plural. */
function render(parts: readonly Part[], params: IcuParams, locale: string, pound: string): string {
  let out = '';
  for (const part of parts) {
    switch (part.kind) {
      case 'text':
        out += part.text;
        break;
      case 'arg':
        out += part.name in params ? String(params[part.name]) : `{${part.name}}`;
        break;
      case 'pound':
        out += pound;
        break;
      case 'plural': {
        const value = Number(params[part.name]);
        if (!(part.name in params) || !Number.isFinite(value)) {
          // Unknown count: the general form, with the gap visible where the number goes.
          out += render(part.cases.get('other') ?? [], params, locale, `{${part.name}}`);
          break;
        }
        const chosen = part.cases.get(`=${value}`) ?? part.cases.get(pluralRules(locale).select(value)) ?? part.cases.get('other') ?? [];
        out += render(chosen, params, locale, numberFormat(locale).format(value));
        break;
      }
      case 'select':
        out += render(part.cases.get(String(params[part.name])) ?? part.cases.get('other') ?? [], params, locale, pound);
        break;
    }
  }
  return out;
}

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function pluralRules(locale: string): Intl.PluralRules {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return r;
}

function numberFormat(locale: string): Intl.NumberFormat {
  let f = numbers.get(locale);
  if (!f) numbers.set(locale, (f = new Intl.NumberFormat(locale)));
  return f;
}
