/**
 * Well-formed Unicode: a string whose every surrogate is half of a pair. A lone surrogate is not
 * a character, has no UTF-8 form, and is encoded as U+FFFD by `TextEncoder`, so two different
 * strings would hash alike. Hashes are defined on well-formed text only (docs/trust.md).
 */

// With the u flag a well-formed pair is one code point, so this class matches lone halves only.
const LONE_SURROGATE = /[\ud800-\udfff]/u;

/**
 * The offset of the first lone surrogate in a string, or -1 when it is well-formed.
 *
 * @param text - Any string.
 * @returns The offset in UTF-16 code units, or -1.
 * @example
 * [findLoneSurrogate('Pay \ud83d100'), findLoneSurrogate('😀')];
 * //=> [4, -1]
 */
export function findLoneSurrogate(text: string): number {
  // String.prototype.isWellFormed (ES2024) is a fast path where it exists.
  const fast = (text as { isWellFormed?: () => boolean }).isWellFormed;
  if (typeof fast === 'function' && fast.call(text)) return -1;
  return LONE_SURROGATE.exec(text)?.index ?? -1;
}
