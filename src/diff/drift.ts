/**
 * Translation drift: a clause whose text changed in one language and not in another that
 * published it in both editions. A reviewer then checks that the translations still say the
 * same thing. Newly translated and withdrawn texts are reported by their own status, not as drift.
 */
import type { Language } from '../model/constants.js';
import type { ClauseEdition } from '../model/types.js';
import { publishedText } from './published-text.js';
import { sharedDrift } from './shared-parts.js';
import type { Drift } from './types.js';

/**
 * The drift of a clause present in both editions, over every given language.
 *
 * @param before - The clause's text per language in the old edition.
 * @param after - The clause's text per language in the new edition.
 * @param languages - The languages to look at (all languages of the corpus, whatever a report shows).
 * @param governing - The language the new edition declares to prevail, or `null` when it declares none.
 * @returns The drift (shared and frozen: see shared-parts.ts), or null when no published language changed alone.
 * @example
 * // zh (governing) fixed a stray space; en, published in both, did not change:
 * detectDrift(before, after, ['zh', 'en'], 'zh');
 * //=> { kind: 'governing-changed', changed: ['zh'], unchanged: ['en'] }
 */
export function detectDrift(
  before: ClauseEdition,
  after: ClauseEdition,
  languages: readonly Language[],
  governing: Language | null,
): Drift | null {
  // Most clauses have no drift: decided before any list is made.
  let changes = 0;
  let sames = 0;
  for (const language of languages) {
    const old = publishedText(before[language]);
    const now = publishedText(after[language]);
    if (old === undefined || now === undefined) continue;
    if (old === now) sames++;
    else changes++;
  }
  if (changes === 0 || sames === 0) return null;
  // Lists only to look the shared drift up by (sharedDrift keeps copies of its own).
  const changed: Language[] = [];
  const unchanged: Language[] = [];
  for (const language of languages) {
    const old = publishedText(before[language]);
    const now = publishedText(after[language]);
    if (old === undefined || now === undefined) continue;
    (old === now ? unchanged : changed).push(language);
  }
  const kind = governing === null ? 'one-language-changed' : changed.includes(governing) ? 'governing-changed' : 'translation-changed';
  return sharedDrift(kind, changed, unchanged);
}
