/**
 * What happened to each clause, per language, between two editions (of one corpus or of two):
 * the shared ground of translation-drift findings and of drafted changelog entries.
 */
import { checkArguments, optional } from '../util/arguments.js';
import { EDITION_IN_CORPUS } from './arguments.js';
import { clauseIdsOf, resolveClause } from '../lookup/resolve.js';
import { LANGUAGES, type Language } from '../model/constants.js';
import type { Corpus, Edition } from '../model/types.js';
import { clauseHashes } from './hashes.js';
import type { LanguageHashes } from './types.js';

/** An edition together with the corpus that holds its clauses. */
export interface EditionInCorpus {
  readonly corpus: Corpus;
  readonly edition: Edition;
}

/** Clause ids by what happened to their text in one language, each list in reading order. */
export interface LanguageChanges {
  /** Published now, not before (a new clause, or a translation that was missing). */
  readonly added: readonly string[];
  /** Published before, not now. */
  readonly removed: readonly string[];
  /** Published in both, with different text. */
  readonly changed: readonly string[];
  /** Published in both, the same text. */
  readonly unchanged: readonly string[];
}

/**
 * Compares the text of every clause, per language, between two editions.
 *
 * @param before - The earlier edition, or `undefined` when `after` is a first edition (everything is added).
 * @param after - The later edition.
 * @returns Per language, the clause ids added, removed, changed and unchanged.
 * @throws {UnknownClauseError} When an edition lists a clause its corpus lacks (a validated corpus never does).
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * diffClauseTexts(undefined, { corpus, edition }).zh.added.length;
 * //=> 5
 */
export function diffClauseTexts(before: EditionInCorpus | undefined, after: EditionInCorpus): Record<Language, LanguageChanges> {
  checkArguments('diffClauseTexts', ['before', before, optional(EDITION_IN_CORPUS)], ['after', after, EDITION_IN_CORPUS]);
  const old = before ? hashesOf(before) : new Map<string, LanguageHashes>();
  const now = hashesOf(after);
  const result = {} as Record<Language, LanguageChanges>;
  for (const lang of LANGUAGES) {
    const changes = { added: [] as string[], removed: [] as string[], changed: [] as string[], unchanged: [] as string[] };
    for (const [clause, hashes] of now) {
      const was = old.get(clause)?.[lang] ?? 'missing';
      const is = hashes[lang] ?? 'missing';
      if (is === 'missing') {
        if (was !== 'missing') changes.removed.push(clause);
      } else if (was === 'missing') changes.added.push(clause);
      else (was === is ? changes.unchanged : changes.changed).push(clause);
    }
    for (const [clause, hashes] of old) {
      if (!now.has(clause) && (hashes[lang] ?? 'missing') !== 'missing') changes.removed.push(clause);
    }
    result[lang] = changes;
  }
  return result;
}

function hashesOf({ corpus, edition }: EditionInCorpus): Map<string, LanguageHashes> {
  return new Map(clauseIdsOf(edition).map((id) => [id, clauseHashes(resolveClause(corpus, id), edition.id)]));
}
