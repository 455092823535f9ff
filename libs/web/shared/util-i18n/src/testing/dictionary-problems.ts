import { icuParamNames } from '../lib/icu';

type Tree = { readonly [key: string]: string | Tree };

/**
 * What is wrong with a dictionary pair: texts that are not valid ICU, and texts whose languages
 * use different arguments (`{count}` in German but not in English). For a spec per dictionary:
 * `expect(dictionaryProblems(de, en)).toEqual([])`. (Missing keys do not compile.)
 */
export function dictionaryProblems(de: Tree, en: Tree): string[] {
  const problems: string[] = [];
  const walk = (a: Tree, b: Tree, prefix: string) => {
    for (const [key, value] of Object.entries(a)) {
      const other = b[key];
      const path = prefix + key;
      if (typeof value !== 'string' || typeof other !== 'string') {
        if (typeof value !== 'string' && typeof other !== 'string' && other) walk(value, other, `${path}.`);
        continue;
      }
      try {
        const [deNames, enNames] = [icuParamNames(value).join(','), icuParamNames(other).join(',')];
        if (deNames !== enNames) problems.push(`${path}: {${deNames}} in de, {${enNames}} in en`);
      } catch (error) {
        problems.push(`${path}: ${(error as Error).message}`);
      }
    }
  };
  walk(de, en, '');
  return problems;
}
