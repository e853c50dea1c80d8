import { SPACES } from '../../../util/unicode.js';
import type { LintRule } from '../types.js';

const PATTERN = new RegExp(`[${SPACES}]{2,}`, 'gu');

/** Two spaces in a row: harmless to read, but a change that removes one changes the hash. */
export const doubleSpace: LintRule = {
  id: 'double-space',
  severity: 'note',
  description: 'Two or more spaces in a row (no-break spaces included).',
  check: (text) =>
    [...text.matchAll(PATTERN)].map((match) => ({ offset: match.index, length: match[0].length, message: `${match[0].length} spaces in a row` })),
};
