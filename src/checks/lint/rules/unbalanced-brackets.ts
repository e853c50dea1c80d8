import type { LintRule, TextHit } from '../types.js';

/** Opening marks and the mark that closes each. */
const PAIRS: Readonly<Record<string, string>> = {
  '(': ')',
  '[': ']',
  '{': '}',
  '（': '）',
  '【': '】',
  '〔': '〕',
  '《': '》',
  '〈': '〉',
  '「': '」',
  '『': '』',
  '“': '”',
  '‘': '’',
};
const CLOSERS = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]));

/**
 * Brackets and quotes that open without closing, or close without opening, within one text.
 * `’` doubles as an apostrophe (`user’s`), so it only closes a `‘` that is open; straight
 * double quotes must come in pairs.
 */
export const unbalancedBrackets: LintRule = {
  id: 'unbalanced-brackets',
  severity: 'warning',
  description: 'A bracket or quotation mark ( ) [ ] { } （ ） 【 】 〔 〕 《 》 〈 〉 「 」 『 』 “ ” ‘ ’ " that is not closed, or closes nothing, within one paragraph.',
  check(text) {
    const hits: TextHit[] = [];
    const open: { char: string; offset: number }[] = [];
    let straight: number | undefined;
    for (let offset = 0; offset < text.length; offset++) {
      const char = text[offset]!;
      if (char === '"') {
        straight = straight === undefined ? offset : undefined;
      } else if (PAIRS[char] !== undefined) {
        open.push({ char, offset });
      } else if (CLOSERS.has(char)) {
        const top = open.at(-1);
        if (top && PAIRS[top.char] === char) open.pop();
        else if (char === '’') continue;
        else if (top && open.some((item) => PAIRS[item.char] === char)) {
          // Close what this closes; whatever opened after it was never closed.
          while (open.length > 0 && PAIRS[open.at(-1)!.char] !== char) {
            const lost = open.pop()!;
            hits.push({ offset: lost.offset, length: 1, message: `'${lost.char}' is not closed before '${char}'` });
          }
          open.pop();
        } else {
          hits.push({ offset, length: 1, message: `'${char}' closes nothing (no '${CLOSERS.get(char)}' before it)` });
        }
      }
    }
    for (const item of open) hits.push({ offset: item.offset, length: 1, message: `'${item.char}' is never closed (expected '${PAIRS[item.char]}')` });
    if (straight !== undefined) hits.push({ offset: straight, length: 1, message: "'\"' has no closing '\"'" });
    return hits.sort((a, b) => a.offset - b.offset);
  },
};
