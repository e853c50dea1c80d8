/** Reading a redline back: the two texts it stands for, and whether it changes anything. */
import type { Segment } from './types.js';

/**
 * The old text of a redline: its `equal` and `removed` values, joined.
 *
 * @param segments - A redline, such as `diffText(before, after)` or a `segments` field of a report.
 * @returns The old text.
 * @example
 * textBefore([{ type: 'equal', value: '不' }, { type: 'removed', value: '得' }, { type: 'added', value: '应' }]);
 * //=> '不得'
 */
export function textBefore(segments: readonly Segment[]): string {
  return segments.map((segment) => (segment.type === 'added' ? '' : segment.value)).join('');
}

/**
 * The new text of a redline: its `equal` and `added` values, joined.
 *
 * @param segments - A redline.
 * @returns The new text.
 * @example
 * textAfter([{ type: 'equal', value: '不' }, { type: 'removed', value: '得' }, { type: 'added', value: '应' }]);
 * //=> '不应'
 */
export function textAfter(segments: readonly Segment[]): string {
  return segments.map((segment) => (segment.type === 'removed' ? '' : segment.value)).join('');
}

/**
 * Whether a redline changes anything (has an `added` or `removed` segment).
 *
 * @param segments - A redline.
 * @returns True when the old and new texts differ.
 * @example
 * hasChanges([{ type: 'equal', value: 'same' }]);
 * //=> false
 */
export function hasChanges(segments: readonly Segment[]): boolean {
  return segments.some((segment) => segment.type !== 'equal');
}
