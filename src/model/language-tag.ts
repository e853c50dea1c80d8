/**
 * Whether a string is a well-formed BCP 47 language tag (`en`, `zh-Hans`), as `Intl` reads it:
 * the rule for the `lang` of spans and blocks, shared by the schema and by the serialisers,
 * which write it into a `lang` attribute. Zod-free, for the main entry.
 *
 * @param tag - Any string.
 * @returns True for one well-formed tag.
 * @example
 * [isLanguageTag('zh-Hans'), isLanguageTag('en_GB'), isLanguageTag('"><b>')];
 * //=> [true, false, false]
 */
export function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
