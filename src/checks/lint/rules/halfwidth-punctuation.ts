import { isCjk } from '../../../util/unicode.js';
import type { LintRule, TextHit } from '../types.js';

/** Half-width punctuation, and the full-width form Chinese text uses. */
const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', '(': '（', ')': '）', ';': '；', ':': '：', '?': '？', '!': '！' };

/** Whether a mark belongs to the text after it (opening brackets) rather than the text before it. */
const OPENS = new Set(['(']);

/** Characters to look past when finding what a mark attaches to. */
const SKIPPED = new Set([' ', ...Object.keys(FULL_WIDTH)]);

/**
 * The marks of {@link FULL_WIDTH}: the loop below visits these only, the regular-expression
 * engine skipping the text between them (most of it) natively. A loop of our own over every
 * character ran hot enough in a CLI start for V8 to compile it with its optimising compiler,
 * which cost the start more than the loop itself (docs/benchmarks.md, "CLI start").
 */
const MARKS = new RegExp(`[${Object.keys(FULL_WIDTH).join('')}]`, 'g'); // none of them needs escaping in a class

/**
 * Chinese text uses full-width punctuation; a half-width one inside a Chinese run is a typing
 * slip of the source (kept verbatim, reported here). A mark belongs to the Chinese run when
 * the character it attaches to (the next one for `(`, the previous one otherwise; spaces and
 * other half-width marks skipped, so that the `,` of `后果),责任` counts) is CJK.
 */
export const halfwidthPunctuation: LintRule = {
  id: 'halfwidth-punctuation',
  severity: 'warning',
  description: 'Half-width `,` `(` `)` `;` `:` `?` `!` inside a Chinese run (attached to a CJK character): Chinese text uses `，` `（` `）` `；` `：` `？` `！`.',
  *check(text) {
    // The last character before the current mark that is not skipped, and how far the text has
    // been looked at for it; the index of the first character not skipped after an opening mark.
    // Each is kept as the scan moves: the text between two marks is crossed once (backwards, up
    // to its last character not skipped), a run of marks once, not once per mark.
    // Most texts have no half-width mark: `search` tells without the matches and the iterator
    // `matchAll` makes.
    if (text.search(MARKS) < 0) return;
    let previous: string | undefined;
    let seen = 0;
    let next = 0;
    for (const { 0: mark, index: offset } of text.matchAll(MARKS)) {
      for (let i = offset - 1; i >= seen; i--) {
        if (!SKIPPED.has(text[i]!)) {
          previous = text[i];
          break;
        }
      }
      seen = offset + 1;
      let neighbour = previous;
      if (OPENS.has(mark)) {
        if (next <= offset) next = offset + 1;
        while (next < text.length && SKIPPED.has(text[next]!)) next++;
        neighbour = text[next];
      }
      if (isCjk(neighbour)) {
        yield { offset, length: 1, message: `half-width '${mark}' inside Chinese text (full-width: '${FULL_WIDTH[mark]}')` } satisfies TextHit;
      }
    }
  },
};
