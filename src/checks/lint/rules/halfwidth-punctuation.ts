import { isCjk } from '../../../util/unicode.js';
import type { LintRule, TextHit } from '../types.js';

/** Half-width punctuation, and the full-width form Chinese text uses. */
const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', '(': '（', ')': '）', ';': '；', ':': '：', '?': '？', '!': '！' };

/** Whether a mark belongs to the text after it (opening brackets) rather than the text before it. */
const OPENS = new Set(['(']);

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
    // The last character before the current one that is not skipped, and the index of the next
    // one after it: kept as the scan moves, so a run of marks is crossed once, not once per mark.
    let previous: string | undefined;
    let next = 0;
    for (let offset = 0; offset < text.length; offset++) {
      const mark = text[offset]!;
      const full = FULL_WIDTH[mark];
      if (full === undefined) {
        if (!SKIPPED.has(mark)) previous = mark;
        continue;
      }
      let neighbour = previous;
      if (OPENS.has(mark)) {
        if (next <= offset) next = offset + 1;
        while (next < text.length && SKIPPED.has(text[next]!)) next++;
        neighbour = text[next];
      }
      if (isCjk(neighbour)) {
        yield { offset, length: 1, message: `half-width '${mark}' inside Chinese text (full-width: '${full}')` } satisfies TextHit;
      }
    }
  },
};

/** Characters to look past when finding what a mark attaches to. */
const SKIPPED = new Set([' ', ...Object.keys(FULL_WIDTH)]);
