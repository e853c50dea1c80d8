import { describeCharacter } from '../../../util/unicode.js';
import type { LintRule, TextHit } from '../types.js';

/** Scripts with letters that look like Latin ones (Cyrillic `а`, Greek `ο`, Armenian `օ`, Cherokee `Ꭺ`). */
const LOOK_ALIKE_SCRIPTS = ['Cyrillic', 'Greek', 'Armenian', 'Cherokee', 'Coptic', 'Georgian'] as const;

/**
 * Any letter of those scripts. Most texts have none, and then no word needs looking at: the word
 * pattern, whose letter-and-mark class costs V8 2–15 ms to compile, is not even built (a CLI start).
 */
const ANY_LOOK_ALIKE = new RegExp(`[${LOOK_ALIKE_SCRIPTS.map((script) => `\\p{Script=${script}}`).join('')}]`, 'u');

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
    if (!ANY_LOOK_ALIKE.test(text)) return hits;
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
