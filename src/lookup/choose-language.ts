/**
 * Which language a reader gets a text in: the rule `getClauseText` shows text by and
 * `createAcceptanceRecord` names text by, so that a record names exactly what was shown.
 */
import type { Language } from '../model/constants.js';
import { matchLanguage, negotiateLanguage, toList } from './locale.js';

/** The language chosen for a text, and whether it has the text. */
export type ChosenLanguage =
  | {
      readonly status: 'published';
      readonly lang: Language;
      /** Set when `lang` came from the fallback: the language asked for (or, if no tag matched, the first tag). */
      readonly fallbackFrom?: string;
    }
  | {
      readonly status: 'missing';
      /** The language asked for, which lacks the text. */
      readonly lang: Language;
    };

/**
 * Chooses the language of a text: each requested tag's language in order, then each fallback
 * language; the first that published the text wins. When none did, the text is `missing` in
 * the first language asked for.
 *
 * @param lang - The reader's BCP 47 tags, most preferred first.
 * @param fallback - Languages to accept when no requested one has the text.
 * @param available - The languages of the document.
 * @param published - Whether a language published the text.
 * @returns The language chosen, with `fallbackFrom` when it came from the fallback.
 * @throws {InvalidLocaleError} When a tag is not well-formed BCP 47.
 * @throws {UnsupportedLocaleError} When no tag matches a language of the document and no fallback is one.
 * @example
 * chooseLanguage('zh-CN', ['en'], ['zh', 'en'], (lang) => lang === 'en');
 * //=> { status: 'published', lang: 'en', fallbackFrom: 'zh' }
 */
export function chooseLanguage(
  lang: string | readonly string[],
  fallback: Language | readonly Language[],
  available: readonly Language[],
  published: (lang: Language) => boolean,
): ChosenLanguage {
  const tags = toList(lang);
  const fallbacks = toList(fallback);
  const requested = tags.map((tag) => matchLanguage(tag, available)).filter((match) => match !== undefined);
  // Throws when nothing matches and no fallback is a language of the document.
  const wanted = requested[0] ?? negotiateLanguage(tags, { fallback: fallbacks, available }).lang;
  for (const candidate of [...requested, ...fallbacks]) {
    if (!available.includes(candidate) || !published(candidate)) continue;
    return requested.includes(candidate) ? { status: 'published', lang: candidate } : { status: 'published', lang: candidate, fallbackFrom: requested[0] ?? tags[0] ?? candidate };
  }
  return { status: 'missing', lang: wanted };
}
