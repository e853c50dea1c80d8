/**
 * The rules for arguments every room's public functions share: a corpus, a language, a locale,
 * a date, which document and edition. Cheap on purpose: a corpus is checked for its shape at
 * the top (documents and clauses are lists), not validated; untrusted data goes through
 * `parseCorpus` or `readCorpusFile` (docs/security.md).
 */
import { LANGUAGES } from '../model/constants.js';
import { either, flag, isRecord, listOf, oneOf, optional, rename, rule, shape, text, type Rule } from '../util/arguments.js';

/** A corpus: an object whose `documents` and `clauses` are lists. */
export const CORPUS = rule(
  'a corpus (the `corpus` of legal-clauses, or one read with readCorpusFile or parseCorpus)',
  (value) => isRecord(value) && Array.isArray(value.documents) && Array.isArray(value.clauses),
);

export { DOCUMENT, EDITION } from '../model/arguments.js';

/** A clause of a corpus: an object with an id and its text per edition. */
export const CLAUSE = rule('a clause of the corpus', (value) => isRecord(value) && typeof value.id === 'string' && isRecord(value.editions));

/** A language of the corpus. */
export const LANGUAGE = oneOf(LANGUAGES);

/** A language, or a list of languages in order. */
export const LANGUAGE_LIST = either(LANGUAGE, listOf(LANGUAGE, 'languages'));

/** A BCP 47 tag, or a list of them in order of preference (whether each is well-formed is checked where it is matched). */
export const LOCALES = rename(either(text, listOf(text, 'strings')), 'a BCP 47 language tag or a list of them');

/** A date written `YYYY-MM-DD`, or a `Date` (whether it is a real date is checked where it is read). */
export const DATE = rule('a date written YYYY-MM-DD or a Date', (value) => typeof value === 'string' || value instanceof Date);

/** The keys of `CorpusOption`. */
export const CORPUS_KEYS: Readonly<Record<string, Rule>> = { corpus: optional(CORPUS) };

/** The keys of `EditionSelector`. */
export const SELECTOR_KEYS: Readonly<Record<string, Rule>> = {
  document: optional(text),
  edition: optional(text),
  at: optional(DATE),
  includeDrafts: optional(flag),
};

/**
 * An options object with these keys, or `undefined` (the defaults).
 *
 * @param keys - A rule per key.
 * @returns The rule.
 * @example
 * checkArguments('getEdition', ['options', { at: 20030415 }, optionsWith(SELECTOR_KEYS)]);
 * //=> throws InvalidArgumentError: getEdition: options.at must be a date written YYYY-MM-DD or a Date; received the number 20030415
 */
export function optionsWith(keys: Readonly<Record<string, Rule>>): Rule {
  return optional(shape('an options object', keys));
}
