/**
 * Closed sets of the model, kept apart from the zod schemas so that the main entry can use
 * them without pulling zod into an app's bundle.
 */

/**
 * Languages a corpus can carry text in: Simplified Chinese (`zh`), Traditional Chinese
 * (`zh-Hant`) and English. Each document declares which of them it publishes.
 */
export const LANGUAGES = ['zh', 'zh-Hant', 'en'] as const;

/** A language of the corpus: `'zh'` (Simplified Chinese), `'zh-Hant'` (Traditional Chinese) or `'en'`. */
export type Language = (typeof LANGUAGES)[number];

/** The BCP 47 tag each corpus language stands for; `zh` text is Simplified Chinese. */
export const LANGUAGE_TAGS: Readonly<Record<Language, string>> = { zh: 'zh-Hans', 'zh-Hant': 'zh-Hant', en: 'en' };

/** The languages of a document written in format 1, which had no way to declare them. */
export const FORMAT_1_LANGUAGES: readonly Language[] = ['zh', 'en'];

/** Topics a clause can be filed under. A closed set so that apps can group clauses reliably. */
export const TOPICS = [
  'acceptance',
  'liability',
  'intellectual-property',
  'permitted-use',
  'user-content',
  'warranty',
  'risk',
  'interpretation',
  'governing-law',
  'privacy',
  'general',
] as const;

/** The topic of a clause, from {@link TOPICS}. */
export type Topic = (typeof TOPICS)[number];

/** Whether an edition is released (immutable) or still being drafted. */
export const EDITION_STATUSES = ['published', 'draft'] as const;

/** Status of an edition, from {@link EDITION_STATUSES}. */
export type EditionStatus = (typeof EDITION_STATUSES)[number];

/**
 * Styles of enumerated lists, named after the CSS `list-style-type` they correspond to:
 * `decimal` for `(1)`, `1.`, `1，`; `lower-roman` for `i.`, `(ii)`; `upper-roman` for `IV.`;
 * `lower-alpha` for `a.`, `(b)`; `upper-alpha` for `A.`; `cjk-ideographic` for `(一)`, `二、`;
 * `cjk-heavenly-stem` for `甲、`, `(乙)`. Markers are kept as published; the style is checked
 * against them (`markerFitsStyle`).
 */
export const LIST_STYLES = [
  'decimal',
  'lower-roman',
  'upper-roman',
  'lower-alpha',
  'upper-alpha',
  'cjk-ideographic',
  'cjk-heavenly-stem',
] as const;

/** Marker style of an enumerated list, from {@link LIST_STYLES}. */
export type ListStyle = (typeof LIST_STYLES)[number];

/** The `format` tag every corpus JSON file carries; bumped only on incompatible model changes. */
export const CORPUS_FORMAT = 'legal-clauses/corpus@2';

/** Earlier formats that are still read, converted on read (docs/data-model.md, "Migration"). */
export const LEGACY_CORPUS_FORMATS = ['legal-clauses/corpus@1'] as const;

/** Clause, document and section ids: lowercase kebab-case, as in `image-use`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
