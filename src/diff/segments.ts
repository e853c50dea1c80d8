/** Reading a redline back: the two texts it stands for, and whether it changes anything. */
import { checkArguments } from '../util/arguments.js';
import { SEGMENTS } from './arguments.js';
import type { Segment } from './types.js';

/**
 * The old text of a redline: its `equal` and `removed` values, joined.
 *
 * @param segments - A redline, such as `diffText(before, after)` or a `segments` field of a report.
 * @returns The old text.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * textBefore([{ type: 'equal', value: '不' }, { type: 'removed', value: '得', class: 'substantive' }, { type: 'added', value: '应', class: 'substantive' }]);
 * //=> '不得'
 */
export function textBefore(segments: readonly Segment[]): string {
  checkArguments('textBefore', ['segments', segments, SEGMENTS]);
  return segments.map((segment) => (segment.type === 'added' ? '' : segment.value)).join('');
}

/**
 * The new text of a redline: its `equal` and `added` values, joined.
 *
 * @param segments - A redline.
 * @returns The new text.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * textAfter([{ type: 'equal', value: '不' }, { type: 'removed', value: '得', class: 'substantive' }, { type: 'added', value: '应', class: 'substantive' }]);
 * //=> '不应'
 */
export function textAfter(segments: readonly Segment[]): string {
  checkArguments('textAfter', ['segments', segments, SEGMENTS]);
  return segments.map((segment) => (segment.type === 'removed' ? '' : segment.value)).join('');
}

/**
 * Whether a redline changes anything (has an `added` or `removed` segment).
 *
 * @param segments - A redline.
 * @returns True when the old and new texts differ.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * hasChanges([{ type: 'equal', value: 'same' }]);
 * //=> false
 */
export function hasChanges(segments: readonly Segment[]): boolean {
  checkArguments('hasChanges', ['segments', segments, SEGMENTS]);
  return segments.some((segment) => segment.type !== 'equal');
}
