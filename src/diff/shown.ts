import { onlyIgnored } from './departures.js';
import type { ClauseDiff, TextDiff, TypographicKind } from './types.js';

/**
 * Whether the review formats show a clause in detail: when it changed in any way that is not
 * ignored, or when it has translation drift. A clause unchanged in the compared languages can
 * still drift (`--lang en`, and the Chinese changed): the English reviewer is the one who has
 * to look at it. A clause whose only changes are typographic of ignored kinds is listed with
 * the unchanged ones.
 *
 * @param clause - A clause of a report.
 * @param ignore - The report's ignored typographic kinds. @default []
 * @returns True when it gets its own entry; the others are listed by id as unchanged.
 * @example
 * isShown({ ...clause, status: 'unchanged', drift: { kind: 'governing-changed', changed: ['zh'], unchanged: ['en'] } });
 * //=> true
 */
export function isShown(clause: ClauseDiff, ignore: readonly TypographicKind[] = []): boolean {
  if (clause.drift !== null || clause.moved) return clause.status !== 'unchanged' || clause.drift !== null;
  if (clause.status === 'unchanged') return false;
  if (clause.status !== 'changed' || String(clause.topics.from) !== String(clause.topics.to) || clause.number.from !== clause.number.to) return true;
  return clause.texts.some((text) => isShownText(text, ignore));
}

/**
 * Whether a text's redline is printed: it changed, and not only in ignored typographic ways.
 *
 * @param text - A text of a report.
 * @param ignore - Ignored typographic kinds. @default []
 * @returns True when the review formats print its redline.
 * @example
 * isShownText({ language: 'en', status: 'unchanged', segments: [{ type: 'equal', value: 'x' }], departures });
 * //=> false
 */
export function isShownText(text: TextDiff, ignore: readonly TypographicKind[] = []): boolean {
  if (text.status === 'unchanged' || text.status === 'absent') return false;
  return text.status !== 'changed' || !onlyIgnored(text.segments, ignore);
}
