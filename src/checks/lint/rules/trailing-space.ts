import { SPACES } from '../../../util/unicode.js';
import type { LintRule, TextHit } from '../types.js';

const LEADING = new RegExp(`^[${SPACES}]+`, 'u');
// One space character, tested backwards from the end: `[…]+$` would retry every run of spaces
// in the text from each of its characters (quadratic on long runs).
const SPACE = new RegExp(`^[${SPACES}]$`, 'u');

/** Space at either end of a paragraph: invisible in print, part of the hash. */
export const trailingSpace: LintRule = {
  id: 'trailing-space',
  severity: 'note',
  description: 'Space at the start or end of a paragraph, heading or dateline (a preformatted block may start indented).',
  check(text, location) {
    const hits: TextHit[] = [];
    // A preformatted block's first line may be indented like the others: that is its layout.
    const leading = location.preformatted === true ? null : LEADING.exec(text);
    if (leading) hits.push({ offset: 0, length: leading[0].length, message: 'space at the start of the text' });
    let start = text.length;
    while (start > 0 && SPACE.test(text[start - 1]!)) start--;
    if (start < text.length && start > 0) hits.push({ offset: start, length: text.length - start, message: 'space at the end of the text' });
    return hits;
  },
};
