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
 * Every mark above, and the straight double quote: the loop below visits these only, the regular
 * expression engine skipping the text between them (most of it) natively.
 */
const MARKS = new RegExp(`[${[...Object.entries(PAIRS).flat(), '"'].map((mark) => `\\${mark}`).join('')}]`, 'g');

/**
 * Brackets and quotes that open without closing, or close without opening, within one text.
 * `’` doubles as an apostrophe (`user’s`), so it only closes a `‘` that is open; straight
 * double quotes must come in pairs. Linear in the text: the marks still open are counted per
 * kind, so a closing mark never searches the stack.
 */
export const unbalancedBrackets: LintRule = {
  id: 'unbalanced-brackets',
  severity: 'warning',
  description: 'A bracket or quotation mark ( ) [ ] { } （ ） 【 】 〔 〕 《 》 〈 〉 「 」 『 』 “ ” ‘ ’ " that is not closed, or closes nothing, within one paragraph.',
  *check(text) {
    // Most texts have no bracket or quote: `search` tells without the stack, the counts, the
    // matches and the iterator made below.
    if (text.search(MARKS) < 0) return;
    // Offsets of the marks still open (each is one UTF-16 unit), and how many of each kind.
    let stack = new Uint32Array(16);
    let depth = 0;
    const open = new Map<string, number>();
    let straight: number | undefined;
    for (const { 0: char, index: offset } of text.matchAll(MARKS)) {
      if (char === '"') {
        straight = straight === undefined ? offset : undefined;
      } else if (PAIRS[char] !== undefined) {
        if (depth === stack.length) {
          const grown = new Uint32Array(stack.length * 2);
          grown.set(stack);
          stack = grown;
        }
        stack[depth++] = offset;
        open.set(char, (open.get(char) ?? 0) + 1);
      } else if (CLOSERS.has(char)) {
        const opener = CLOSERS.get(char)!;
        const top = depth > 0 ? text[stack[depth - 1]!]! : undefined;
        if (top === opener) {
          depth--;
          open.set(opener, open.get(opener)! - 1);
        } else if (char === '’') continue;
        else if ((open.get(opener) ?? 0) > 0) {
          // Close what this closes; whatever opened after it was never closed.
          while (text[stack[depth - 1]!] !== opener) {
            const lost = stack[--depth]!;
            const lostChar = text[lost]!;
            open.set(lostChar, open.get(lostChar)! - 1);
            yield { offset: lost, length: 1, message: `'${lostChar}' is not closed before '${char}'` } satisfies TextHit;
          }
          depth--;
          open.set(opener, open.get(opener)! - 1);
        } else {
          yield { offset, length: 1, message: `'${char}' closes nothing (no '${opener}' before it)` } satisfies TextHit;
        }
      }
    }
    for (let i = 0; i < depth; i++) {
      const char = text[stack[i]!]!;
      yield { offset: stack[i]!, length: 1, message: `'${char}' is never closed (expected '${PAIRS[char]}')` } satisfies TextHit;
    }
    if (straight !== undefined) yield { offset: straight, length: 1, message: "'\"' has no closing '\"'" } satisfies TextHit;
  },
};
