import type { ClauseDiff } from './types.js';

/**
 * Whether the review formats show a clause in detail: when it changed in any way, or when it
 * has translation drift. A clause unchanged in the compared languages can still drift (`--lang
 * en`, and the Chinese changed): the English reviewer is the one who has to look at it.
 *
 * @param clause - A clause of a report.
 * @returns True when it gets its own entry; the others are listed by id as unchanged.
 * @example
 * isShown({ ...clause, status: 'unchanged', drift: { kind: 'governing-changed', changed: ['zh'], unchanged: ['en'] } });
 * //=> true
 */
export function isShown(clause: ClauseDiff): boolean {
  return clause.status !== 'unchanged' || clause.drift !== null;
}
