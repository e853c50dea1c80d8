/**
 * The changed span of a text, with a little context: enough for a changelog line to show a
 * lawyer what a revision did to a clause without opening a diff.
 */
import { checkArguments } from '../../util/arguments.js';
import { COUNT, text as TEXT } from '../arguments.js';

/** A change inside a text: what was removed and added, between the context before and after. */
export interface TextChange {
  /** Context before the change (cut with '…' when longer than the radius). */
  readonly before: string;
  readonly removed: string;
  readonly added: string;
  /** Context after the change. */
  readonly after: string;
}

/**
 * The single span in which two texts differ (common prefix and suffix removed, by code point),
 * with context. Several edits far apart come back as one span covering them all; long spans
 * are cut in the middle.
 *
 * @param old - The text before.
 * @param next - The text after.
 * @param radius - Code points of context on each side, and the most kept of a long span's start and end.
 * @returns The change, or `undefined` when the texts are equal.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * textChange('use of the Alibaba.com website', 'use of the 1688.com website', 7);
 * //=> { before: '…of the ', removed: 'Alibaba', added: '1688', after: '.com we…' }
 */
export function textChange(old: string, next: string, radius = 30): TextChange | undefined {
  checkArguments('textChange', ['old', old, TEXT], ['next', next, TEXT], ['radius', radius, COUNT]);
  if (old === next) return undefined;
  const a = Array.from(old);
  const b = Array.from(next);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const before = a.slice(0, start);
  const after = a.slice(a.length - end);
  return {
    before: before.length > radius ? `…${before.slice(-radius).join('')}` : before.join(''),
    removed: shorten(a.slice(start, a.length - end), radius),
    added: shorten(b.slice(start, b.length - end), radius),
    after: after.length > radius ? `${after.slice(0, radius).join('')}…` : after.join(''),
  };
}

function shorten(chars: string[], radius: number): string {
  return chars.length > radius * 2 ? `${chars.slice(0, radius).join('')} … ${chars.slice(-radius).join('')}` : chars.join('');
}
