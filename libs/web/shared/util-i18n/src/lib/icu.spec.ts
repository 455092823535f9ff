import { IcuSyntaxError, formatIcu, icuParamNames } from './icu';

describe('formatIcu', () => {
  it('fills arguments and leaves missing ones visible', () => {
    expect(formatIcu('Willkommen, {name}!', { name: 'Anna' }, 'de')).toBe('Willkommen, Anna!');
    expect(formatIcu('Mindestens {min} Zeichen', {}, 'de')).toBe('Mindestens {min} Zeichen');
    expect(formatIcu('Kein Argument', {}, 'de')).toBe('Kein Argument');
  });

  it('chooses plural forms by the language, with # as the formatted number', () => {
    const meetings = '{count, plural, one {# meeting} other {# meetings}}';
    expect(formatIcu(meetings, { count: 1 }, 'en')).toBe('1 meeting');
    expect(formatIcu(meetings, { count: 3 }, 'en')).toBe('3 meetings');
    expect(formatIcu(meetings, { count: 0 }, 'en')).toBe('0 meetings');
    const members = '{count, plural, one {# Mitglied} other {# Mitglieder}}';
    expect(formatIcu(members, { count: 1 }, 'de')).toBe('1 Mitglied');
    expect(formatIcu(members, { count: 1200 }, 'de')).toBe('1.200 Mitglieder');
  });

  it('prefers exact cases, nests, and keeps the outer number in a select', () => {
    const text =
      '{n, plural, =0 {keine Treffen} one {# Treffen mit {who}} other {{kind, select, online {# Online-Treffen} other {# Treffen}}}}';
    expect(formatIcu(text, { n: 0 }, 'de')).toBe('keine Treffen');
    expect(formatIcu(text, { n: 1, who: 'Anna' }, 'de')).toBe('1 Treffen mit Anna');
    expect(formatIcu(text, { n: 4, kind: 'online' }, 'de')).toBe('4 Online-Treffen');
    expect(formatIcu(text, { n: 4, kind: 'präsenz' }, 'de')).toBe('4 Treffen');
  });

  it('shows the general form with a visible gap when the count is missing', () => {
    expect(formatIcu('{count, plural, one {# Tandem} other {# Tandems}}', {}, 'de')).toBe('{count} Tandems');
  });

  it('keeps apostrophes and quotes syntax characters', () => {
    expect(formatIcu("It's {name}'s turn", { name: 'Anna' }, 'en')).toBe("It's Anna's turn");
    expect(formatIcu("Use '{braces}' and ''quotes''", {}, 'en')).toBe("Use {braces} and 'quotes'");
    expect(formatIcu("{n, plural, other {'#' is # here}}", { n: 2 }, 'en')).toBe('# is 2 here');
  });

  it('rejects broken texts with the text in the message', () => {
    expect(() => formatIcu('{count, plural, one {x}}', { count: 1 }, 'de')).toThrow(IcuSyntaxError);
    expect(() => formatIcu('Hallo {name', {}, 'de')).toThrow(/Hallo \{name/);
    expect(() => formatIcu('zu viel }', {}, 'de')).toThrow(IcuSyntaxError);
    expect(() => formatIcu('{d, date}', {}, 'de')).toThrow(/unsupported/);
  });

  it('names the arguments a text uses', () => {
    expect(icuParamNames('{b} {a, plural, one {# {c}} other {#}}')).toEqual(['a', 'b', 'c']);
  });
});
