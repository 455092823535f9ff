import { dictionaryProblems } from '../../testing';
import { de } from './de';
import { en } from './en';

describe('the app dictionary', () => {
  it('has valid ICU texts with the same arguments in both languages', () => {
    expect(dictionaryProblems(de, en)).toEqual([]);
  });

  it('reports broken texts and differing arguments', () => {
    expect(dictionaryProblems({ a: { b: 'Hallo {name}', c: '{n, plural, one {x}}' } }, { a: { b: 'Hello', c: 'x' } })).toEqual([
      'a.b: {name} in de, {} in en',
      expect.stringContaining('a.c: the plural of "n" needs an "other" case'),
    ]);
  });
});
