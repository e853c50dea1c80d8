import { SPACES } from '../../../util/unicode.js';
import type { LintRule } from '../types.js';

const PATTERN = new RegExp(`[${SPACES}]{2,}`, 'gu');

/**
 * Two spaces in a row: harmless to read, but a change that removes one changes the hash. In
 * preformatted text (a notice template) spaces that indent a line are its layout, not a finding.
 */
export const doubleSpace: LintRule = {
  id: 'double-space',
  severity: 'note',
  description: 'Two or more spaces in a row (no-break spaces included), except the indentation of a line of preformatted text.',
  check(text, location) {
    // Most texts have none: `search` tells without the matches and the iterator `matchAll` makes.
    if (text.search(PATTERN) < 0) return [];
    return [...text.matchAll(PATTERN)]
      .filter((match) => !(location.preformatted === true && (match.index === 0 || text[match.index - 1] === '\n')))
      .map((match) => ({ offset: match.index, length: match[0].length, message: `${match[0].length} spaces in a row` }));
  },
};
