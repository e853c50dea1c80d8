/**
 * Closed sets of the model, kept apart from the zod schemas so that the main entry can use
 * them without pulling zod into an app's bundle.
 */

/** Languages a corpus carries text in: Simplified Chinese and English. */
export const LANGUAGES = ['zh', 'en'] as const;

/** A language of the corpus: `'zh'` (Simplified Chinese) or `'en'` (English). */
export type Language = (typeof LANGUAGES)[number];

/** The BCP 47 tag each corpus language stands for; `zh` text is Simplified Chinese. */
export const LANGUAGE_TAGS: Readonly<Record<Language, string>> = { zh: 'zh-Hans', en: 'en' };

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
 * `cjk-ideographic` for `(一)`, `(二)`…, `decimal` for `(1)`, `(2)`…
 */
export const LIST_STYLES = ['cjk-ideographic', 'decimal'] as const;

/** Marker style of an enumerated list, from {@link LIST_STYLES}. */
export type ListStyle = (typeof LIST_STYLES)[number];

/** The `format` tag every corpus JSON file carries; bumped only on incompatible model changes. */
export const CORPUS_FORMAT = 'legal-clauses/corpus@1';

/** Clause, document and section ids: lowercase kebab-case, as in `image-use`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
