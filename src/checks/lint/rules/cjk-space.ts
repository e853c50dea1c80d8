import { isCjk } from '../../../util/unicode.js';
import type { LintRule, TextHit } from '../types.js';

/**
 * Runs of spaces (U+0020 or no-break) that may be inside a Chinese run; the rule keeps those
 * that are. Only a run after a character that may be CJK (none is below U+0080, see `isCjk`)
 * or after `)` or `,` can be: the spaces between the words of Latin text, most of a corpus's
 * spaces, are never visited (a CLI start allocated a match for each). A run starts after a
 * character that is neither space (runs are whole), so the look-behind leaves out no run the
 * rule keeps.
 */
const SPACE_RUN = /(?<=[),\u0080-\u009f\u00a1-\uffff])[ \u00a0]+/g;

/**
 * Chinese has no spaces between words: one inside a Chinese run is usually left by line
 * wrapping (`互联 网`). The half-width brackets and commas that sit in Chinese runs (see
 * halfwidth-punctuation) count as part of the run: `损害 (包括` is caught as well.
 */
export const cjkSpace: LintRule = {
  id: 'cjk-space',
  severity: 'warning',
  description: 'A space between two CJK characters (a half-width `(` before, or `)` `,` after, a CJK character counts as part of the Chinese run), such as 互联 网: usually left by line wrapping.',
  check(text) {
    const hits: TextHit[] = [];
    // Most texts have none: `search` tells without the matches and the iterator `matchAll` makes.
    if (text.search(SPACE_RUN) < 0) return hits;
    for (const { 0: run, index } of text.matchAll(SPACE_RUN)) {
      const left = chineseBefore(text, index);
      const right = chineseAfter(text, index + run.length);
      if (left !== undefined && right !== undefined) {
        hits.push({ offset: index, length: run.length, message: `space inside Chinese text, between '${left}' and '${right}'` });
      }
    }
    return hits;
  },
};

/** The CJK character (with a half-width `)` or `,` after it) ending at `end`, if there is one. */
function chineseBefore(text: string, end: number): string | undefined {
  const char = text[end - 1];
  if (isCjk(char)) return char;
  if ((char === ')' || char === ',') && isCjk(text[end - 2])) return text.slice(end - 2, end);
  return undefined;
}

/** The CJK character (with a half-width `(` before it) starting at `start`, if there is one. */
function chineseAfter(text: string, start: number): string | undefined {
  const char = text[start];
  if (isCjk(char)) return char;
  if (char === '(' && isCjk(text[start + 1])) return text.slice(start, start + 2);
  return undefined;
}
