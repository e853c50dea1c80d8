import { SPACES } from '../../../util/unicode.js';
import type { LintRule, TextHit } from '../types.js';

const LEADING = new RegExp(`^[${SPACES}]+`, 'u');
const TRAILING = new RegExp(`[${SPACES}]+$`, 'u');

/** Space at either end of a paragraph: invisible in print, part of the hash. */
export const trailingSpace: LintRule = {
  id: 'trailing-space',
  severity: 'note',
  description: 'Space at the start or end of a paragraph, heading or dateline.',
  check(text) {
    const hits: TextHit[] = [];
    const leading = LEADING.exec(text);
    if (leading) hits.push({ offset: 0, length: leading[0].length, message: 'space at the start of the text' });
    const trailing = TRAILING.exec(text);
    if (trailing && trailing.index > 0) hits.push({ offset: trailing.index, length: trailing[0].length, message: 'space at the end of the text' });
    return hits;
  },
};
