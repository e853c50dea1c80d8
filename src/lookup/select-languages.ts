import { InvalidOptionsError } from '../errors.js';
import { negotiateLanguage, toList } from './locale.js';
import { LANGUAGES, type Language } from '../model/constants.js';

/**
 * The languages of an output, in column order, from the reader's tags. Each tag is matched as
 * `negotiateLanguage` matches it against the document's languages (`zh-CN` gets `zh`; `zh-TW`
 * gets `zh-Hant` where the document has it, and nothing otherwise unless the fallback allows
 * it). Without tags: every language of the document, the governing one first.
 *
 * @param lang - BCP 47 tags, or undefined for every language.
 * @param available - The languages the document publishes, in its order.
 * @param governing - The edition's governing language, first by default (`null`: none declared).
 * @param fallback - Languages to accept for a tag that matches none.
 * @param option - The option's name, for messages.
 * @returns The languages, without repeats.
 * @throws {InvalidLocaleError | UnsupportedLocaleError} When a tag is malformed or matches nothing.
 * @throws {InvalidOptionsError} When `lang` is an empty list or the fallback is not a corpus language.
 * @example
 * selectLanguages(['en-GB', 'zh-CN', 'en'], ['zh', 'en'], 'zh', []);
 * //=> ['en', 'zh']
 */
export function selectLanguages(
  lang: string | readonly string[] | undefined,
  available: readonly Language[],
  governing: Language | null,
  fallback: readonly Language[],
  option = 'lang',
): Language[] {
  for (const candidate of fallback) {
    if (!(LANGUAGES as readonly string[]).includes(candidate)) {
      throw new InvalidOptionsError(`fallback must be one of ${LANGUAGES.join(', ')} (received '${String(candidate)}')`);
    }
  }
  if (lang === undefined) {
    return governing === null ? [...available] : [governing, ...available.filter((candidate) => candidate !== governing)];
  }
  const tags = toList(lang);
  if (tags.length === 0) throw new InvalidOptionsError(`${option} must name at least one language, such as 'zh' or ['zh', 'en']`);
  const languages: Language[] = [];
  for (const tag of tags) {
    const chosen = negotiateLanguage(tag, { fallback, available }).lang;
    if (!languages.includes(chosen)) languages.push(chosen);
  }
  return languages;
}
