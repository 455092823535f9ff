import { Injectable } from '@nestjs/common';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as de from '@zxcvbn-ts/language-de';
import * as en from '@zxcvbn-ts/language-en';
import { t } from '@ecampus/shared/contracts';

/**
 * zxcvbn's score (0–4) a new password needs. 3 = "safely unguessable": about 10^8 guesses or more,
 * beyond any online attack through our login limits and expensive offline against argon2id.
 */
export const MIN_PASSWORD_SCORE = 3;

/**
 * Words of this product and of German password habits that the dictionaries rank too low (ASVS
 * 6.2: context-specific words). "Passwort123!" must not pass because "Passwort" looks like prose.
 */
const CONTEXT_WORDS = [
  'passwort',
  'kennwort',
  'geheim',
  'hallo',
  'willkommen',
  'ecampus',
  'campus',
  'mentoring',
  'mentor',
  'mentorin',
  'mentee',
  'tandem',
  'programm',
  'qwertz',
  'asdfgh',
  'ichliebedich',
  'schatz',
  'sommer',
  'winter',
  'admin',
  'test',
  'demo',
  'login',
  'anmelden',
];

type FeedbackTexts = { warnings: Record<string, string>; suggestions: Record<string, string> };

// Built once per process on first use (~0.3 s, dictionaries of common passwords, German and English
// words and names). Feedback comes back as keys; we translate per request (de, en).
let factory: ZxcvbnFactory | undefined;
const zxcvbn = () =>
  (factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...de.dictionary, ...en.dictionary, 'ecampus-context': CONTEXT_WORDS },
    graphs: common.adjacencyGraphs,
  }));

/** Whose password it is: her name and e-mail must not make it guessable. */
export interface PasswordOwner {
  displayName: string;
  email: string;
}

/** The name and e-mail as zxcvbn "user inputs": whole, in words, and the words joined as people join them. */
export function ownerWords({ displayName, email }: PasswordOwner): string[] {
  const words = (s: string) =>
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const name = words(displayName);
  const local = email.toLowerCase().split('@')[0] ?? '';
  const joined = ['', '-', '.', '_', ' '].map((sep) => name.join(sep));
  return [...new Set([displayName.toLowerCase(), ...name, ...joined, email.toLowerCase(), local, ...words(local)])].filter(Boolean);
}

const translate = (texts: FeedbackTexts, kind: keyof FeedbackTexts, key: string | null | undefined) =>
  key ? (texts[kind][key] ?? (en.translations as FeedbackTexts)[kind][key] ?? '') : '';

/** The strength check of every new password (set through a link, changed, given by an admin). */
@Injectable()
export class PasswordStrength {
  /** `null` when the password is strong enough; else why not and what helps, in the request's language. */
  weakness(password: string, owner: PasswordOwner): string | null {
    const result = zxcvbn().check(password, ownerWords(owner));
    if (result.score >= MIN_PASSWORD_SCORE) return null;
    const { warning, suggestions } = result.feedback;
    const explain = (texts: FeedbackTexts) =>
      [translate(texts, 'warnings', warning), translate(texts, 'suggestions', suggestions[0])].filter(Boolean).join(' ');
    const why = { de: explain(de.translations as FeedbackTexts), en: explain(en.translations as FeedbackTexts) };
    return t(
      `Dieses Passwort ist zu leicht zu erraten.${why.de ? ` ${why.de}` : ''}`,
      `This password is too easy to guess.${why.en ? ` ${why.en}` : ''}`,
    );
  }
}
