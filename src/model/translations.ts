import { LANGUAGES, type Language } from './constants.js';
import type { ClauseEdition, Translation } from './types.js';

const MISSING: Translation = { status: 'missing' };

/**
 * A clause's text in one language of one edition: what the data says, and `missing` for a
 * language the document does not publish (a validated corpus states every declared language).
 *
 * @param text - The clause's texts in one edition.
 * @param lang - The language.
 * @returns The translation, `{ status: 'missing' }` when there is none.
 * @example
 * translationIn({ zh: { status: 'missing' }, en: { status: 'published', blocks: [] } }, 'zh-Hant');
 * //=> { status: 'missing' }
 */
export function translationIn(text: ClauseEdition, lang: Language): Translation {
  return text[lang] ?? MISSING;
}

/**
 * The languages a clause's edition states (published or missing), in the order of
 * `LANGUAGES`. In a validated corpus these are exactly the languages its document declares.
 *
 * @param text - The clause's texts in one edition.
 * @returns The languages stated.
 * @example
 * statedLanguages({ zh: { status: 'missing' }, en: { status: 'published', blocks: [] } });
 * //=> ['zh', 'en']
 */
export function statedLanguages(text: ClauseEdition): Language[] {
  return LANGUAGES.filter((lang) => text[lang] !== undefined);
}
