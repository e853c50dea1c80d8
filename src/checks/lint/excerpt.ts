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
 * cut at the text's ends, and '…' where the text goes on.
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
  const before = Array.from(text.slice(0, offset));
  const after = Array.from(text.slice(offset + length));
  return {
    before: before.length > radius ? `…${before.slice(-radius).join('')}` : before.join(''),
    match: text.slice(offset, offset + length),
    after: after.length > radius ? `${after.slice(0, radius).join('')}…` : after.join(''),
  };
}
