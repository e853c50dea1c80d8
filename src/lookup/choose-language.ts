/**
 * Which language a reader gets a text in: the rule `getClauseText` shows text by and
 * `createAcceptanceRecord` names text by, so that a record names exactly what was shown.
 */
import type { Language } from '../model/constants.js';
import { matchLanguage, negotiateLanguage, toList } from './locale.js';

/** The language chosen for a text: the caller's text in it is published, or (when no language has it) missing. */
export interface ChosenLanguage {
  readonly lang: Language;
  /** Set when `lang` came from the fallback: the language asked for (or, if no tag matched, the first tag). */
  readonly fallbackFrom?: string;
}

/**
 * Chooses the language of a text: each requested tag's language in order, then each fallback
 * language; the first that published the text wins. When none did, the first language asked
 * for (whose text is missing).
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
 * //=> { lang: 'en', fallbackFrom: 'zh' }
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
  // A fallback language the document does not declare has no text: `published` says so.
  const chosen = [...requested, ...fallbacks].find(published);
  if (chosen === undefined) return { lang: wanted };
  return requested.includes(chosen) ? { lang: chosen } : { lang: chosen, fallbackFrom: requested[0] ?? tags[0]! };
}
