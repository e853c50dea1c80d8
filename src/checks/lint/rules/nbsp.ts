import { classBody, describeCharacter, describeClass } from '../../../util/unicode.js';
import type { LintRule } from '../types.js';

const PATTERN = new RegExp(`[${classBody(['no-break-space'])}]+`, 'gu');

/** A no-break space looks like a space but is another character: searches and diffs treat it differently. */
export const nbsp: LintRule = {
  id: 'nbsp',
  severity: 'note',
  description: `A no-break space (${describeClass('no-break-space')}): it looks like a space and is not one.`,
  *check(text) {
    for (const match of text.matchAll(PATTERN)) {
      yield {
        offset: match.index,
        length: match[0].length,
        message: `${match[0].length === 1 ? 'a no-break space' : `${match[0].length} no-break spaces`} (${describeCharacter(match[0])})`,
      };
    }
  },
};
