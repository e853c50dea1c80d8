import { describeCharacter } from '../../../util/unicode.js';
import type { LintRule, TextHit } from '../types.js';

/**
 * Scripts with letters that look like Latin ones (Cyrillic `а`, Greek `ο`, Armenian `օ`, Cherokee `Ꭺ`).
 *
 * @example
 * LOOK_ALIKE_SCRIPTS.length;
 * //=> 6
 */
export const LOOK_ALIKE_SCRIPTS = ['Cyrillic', 'Greek', 'Armenian', 'Cherokee', 'Coptic', 'Georgian'] as const;

/**
 * The stretches of Unicode where those scripts' characters are (from Greek and Coptic to Greek
 * Extended, the Ohm sign, from Coptic to Cyrillic Extended-A, from Cyrillic Extended-B to the
 * Cherokee Supplement, from the Armenian ligatures to the Cyrillic combining halves), and any
 * surrogate (their letters beyond U+FFFF): a plain class, a superset of theirs
 * (test/checks/lint.test.ts checks every code point). A text with none of these has no letter of
 * the scripts, and the script classes, which cost a CLI start more than a millisecond to build
 * and first run, are not built: Latin (Latin-1 and Extended-A and B included) and Chinese text,
 * most of a corpus, never needs them.
 *
 * @example
 * [LOOK_ALIKE_BLOCKS.test('Аlibaba'), LOOK_ALIKE_BLOCKS.test('Alibaba “网站”')];
 * //=> [true, false]
 */
export const LOOK_ALIKE_BLOCKS = /[\u0370-\u1fff\u2126\u2c80-\u2dff\ua640-\uabff\ufb00-\ufe2f\ud800-\udbff]/;

/**
 * Any letter of those scripts, built on first use (see {@link LOOK_ALIKE_BLOCKS}). Most texts have
 * none, and then no word needs looking at: the word pattern, whose letter-and-mark class costs V8
 * 2–15 ms to compile, is not even built (a CLI start).
 */
let anyLookAlike: RegExp | undefined;

/**
 * What looking at the words needs, built the first time a text has such a letter: a word (letters
 * and their combining marks, from any script), a Latin letter, and a test per script. Building
 * these property classes costs a CLI start about a millisecond (docs/benchmarks.md, "CLI start").
 */
let patterns: { word: RegExp; latin: RegExp; scripts: readonly (readonly [string, RegExp])[] } | undefined;

/** A Cyrillic `а` in `Alibaba` looks the same, hashes differently, and defeats any search for the brand. */
export const mixedScript: LintRule = {
  id: 'mixed-script',
  severity: 'error',
  description: 'A letter from another script (Cyrillic, Greek, Armenian, Cherokee, Coptic, Georgian) inside a Latin word, such as a Cyrillic а in Alibaba: a look-alike.',
  check(text) {
    const hits: TextHit[] = [];
    if (!LOOK_ALIKE_BLOCKS.test(text)) return hits;
    anyLookAlike ??= new RegExp(`[${LOOK_ALIKE_SCRIPTS.map((script) => `\\p{Script=${script}}`).join('')}]`, 'u');
    if (!anyLookAlike.test(text)) return hits;
    patterns ??= {
      word: /[\p{L}\p{M}]+/gu,
      latin: /\p{Script=Latin}/u,
      scripts: LOOK_ALIKE_SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')] as const),
    };
    const { word: WORD, latin: LATIN, scripts: SCRIPT_TESTS } = patterns;
    for (const { 0: word, index } of text.matchAll(WORD)) {
      if (!LATIN.test(word)) continue;
      let offset = index;
      for (const char of word) {
        const script = SCRIPT_TESTS.find(([, test]) => test.test(char))?.[0];
        if (script) {
          hits.push({
            offset,
            length: char.length,
            message: `${script} '${char}' (${describeCharacter(char)}) inside the Latin word '${word}': it looks like a Latin letter but is not one`,
          });
        }
        offset += char.length;
      }
    }
    return hits;
  },
};
