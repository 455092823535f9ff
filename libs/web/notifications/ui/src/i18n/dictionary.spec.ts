import { dictionaryProblems } from '@ecampus/web/shared/util-i18n/testing';
import { de } from './de';
import { en } from './en';

describe("notifications's dictionary", () => {
  it('has valid ICU texts with the same arguments in both languages', () => {
    expect(dictionaryProblems(de, en)).toEqual([]);
  });
});
