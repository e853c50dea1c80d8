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
  check(text) {
    const hits: TextHit[] = [];
    for (let offset = 0; offset < text.length; offset++) {
      const mark = text[offset]!;
      const full = FULL_WIDTH[mark];
      if (full === undefined) continue;
      const neighbour = OPENS.has(mark) ? nextVisible(text, offset + 1) : previousVisible(text, offset - 1);
      if (isCjk(neighbour)) {
        hits.push({ offset, length: 1, message: `half-width '${mark}' inside Chinese text (full-width: '${full}')` });
      }
    }
    return hits;
  },
};

/** Characters to look past when finding what a mark attaches to. */
const SKIPPED = new Set([' ', ...Object.keys(FULL_WIDTH)]);

function nextVisible(text: string, from: number): string | undefined {
  let i = from;
  while (i < text.length && SKIPPED.has(text[i]!)) i++;
  return text[i];
}

function previousVisible(text: string, from: number): string | undefined {
  let i = from;
  while (i >= 0 && SKIPPED.has(text[i]!)) i--;
  return i >= 0 ? text[i] : undefined;
}
