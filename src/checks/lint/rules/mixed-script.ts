import { describeCharacter } from '../../../util/unicode.js';
import type { LintRule, TextHit } from '../types.js';

/** Scripts with letters that look like Latin ones (Cyrillic `а`, Greek `ο`, Armenian `օ`, Cherokee `Ꭺ`). */
const LOOK_ALIKE_SCRIPTS = ['Cyrillic', 'Greek', 'Armenian', 'Cherokee', 'Coptic', 'Georgian'] as const;
const SCRIPT_TESTS = LOOK_ALIKE_SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')] as const);
/**
 * Any letter of those scripts. Most texts have none, and then no word needs looking at: `WORD`,
 * whose letter-and-mark class costs V8 5–15 ms to compile, is not even compiled (a CLI start).
 */
const ANY_LOOK_ALIKE = new RegExp(`[${LOOK_ALIKE_SCRIPTS.map((script) => `\\p{Script=${script}}`).join('')}]`, 'u');

/** A word: letters and their combining marks, from any script. */
const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;

/** A Cyrillic `а` in `Alibaba` looks the same, hashes differently, and defeats any search for the brand. */
export const mixedScript: LintRule = {
  id: 'mixed-script',
  severity: 'error',
  description: 'A letter from another script (Cyrillic, Greek, Armenian, Cherokee, Coptic, Georgian) inside a Latin word, such as a Cyrillic а in Alibaba: a look-alike.',
  check(text) {
    const hits: TextHit[] = [];
    if (!ANY_LOOK_ALIKE.test(text)) return hits;
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
