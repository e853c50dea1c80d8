/** The few characters around a finding, so that a reader sees it in context. */

/** A match with the text around it. */
export interface Excerpt {
  /** Up to 20 code points before the match, starting with '…' when the text goes on. */
  readonly before: string;
  /** The characters found. */
  readonly match: string;
  /** Up to 20 code points after the match, ending with '…' when the text goes on. */
  readonly after: string;
}

/**
 * The match `[offset, offset + length)` of a text, with up to `radius` code points either side,
 * cut at the text's ends, and '…' where the text goes on. Reads only the characters it keeps,
 * so that the cost of a finding does not depend on the length of the text.
 *
 * @param text - The whole text.
 * @param offset - Start of the match, in UTF-16 code units.
 * @param length - Length of the match, in UTF-16 code units.
 * @param radius - Code points to keep on each side.
 * @returns The excerpt.
 * @example
 * excerpt('abcdefghij', 5, 1, 2);
 * //=> { before: '…de', match: 'f', after: 'gh…' }
 */
export function excerpt(text: string, offset: number, length: number, radius = 20): Excerpt {
  const end = offset + length;
  let start = offset;
  for (let count = 0; count < radius && start > 0; count++) start -= isPairEnd(text, start - 1) ? 2 : 1;
  let stop = end;
  for (let count = 0; count < radius && stop < text.length; count++) stop += isPairStart(text, stop) ? 2 : 1;
  return {
    before: `${start > 0 ? '…' : ''}${text.slice(start, offset)}`,
    match: text.slice(offset, end),
    after: `${text.slice(end, stop)}${stop < text.length ? '…' : ''}`,
  };
}

/** Whether the code unit at `i` is the low half of a surrogate pair (so the code point starts at i - 1). */
function isPairEnd(text: string, i: number): boolean {
  const low = text.charCodeAt(i);
  const high = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
}

/** Whether the code unit at `i` is the high half of a surrogate pair. */
function isPairStart(text: string, i: number): boolean {
  const high = text.charCodeAt(i);
  const low = text.charCodeAt(i + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
