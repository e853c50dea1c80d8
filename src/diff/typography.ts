/**
 * Typographic changes: the differences that change how a text looks but not what it says.
 * One rule in one place for the diff's change classes (docs/diff.md, "Change classes"):
 *
 * - `whitespace`: spaces added, removed or swapped (a no-break space, an ideographic space
 *   U+3000), except a space added or removed between two letters or digits of a script
 *   written with spaces, which joins or splits words (`no one` → `noone` is substantive);
 * - `wrapping`: the same, where a line break takes or gives up the place of a space (a
 *   re-wrapped preformatted notice); adding or removing a blank line (a paragraph break) is not;
 * - `punctuation-width`: half-width and full-width forms of the same character (`,` ↔ `，`,
 *   `(` ↔ `（`, `Ａ` ↔ `A`);
 * - `quotes`: curly and straight quotes (`“”` ↔ `""`, `‘’` ↔ `''`, `’` ↔ `'`);
 * - `case`: upper and lower case letters.
 *
 * Anything else is `substantive`. A change may need several kinds at once (`“A”` → `"a"` is
 * quotes and case); it is typographic when these kinds together explain all of it.
 */
import { isSpaceCode, isUnifiedIdeographCode } from '../util/unicode.js';

/** A kind of typographic change. */
export type TypographicKind = 'whitespace' | 'wrapping' | 'punctuation-width' | 'quotes' | 'case';

/** Every typographic kind, in the order reports list them. */
export const TYPOGRAPHIC_KINDS: readonly TypographicKind[] = ['whitespace', 'wrapping', 'punctuation-width', 'quotes', 'case'];


/**
 * The key a token is aligned by: the token with its typographic variation folded away (case,
 * quote style, character width, the kind of space), so that `YOU` lines up with `you` and
 * `，` with `,`. Tokens with equal keys and different text become typographic changes.
 *
 * @param token - A token from `tokenize`.
 * @returns The key; the token itself when there is nothing to fold (no new string).
 * @example
 * [keyOf('YOU'), keyOf('，'), keyOf('user’s'), keyOf('\u00a0'), keyOf('得')];
 * //=> ['you', ',', "user's", ' ', '得']
 */
export function keyOf(token: string): string {
  if (token.length === 1) {
    const code = token.charCodeAt(0);
    if (code < 0x80) {
      if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 0x20);
      // Tab, form feed and the like are spaces; a line break keys as a space too, so that a
      // re-wrapped line aligns word for word (the class then says `wrapping`).
      if (code >= 0x09 && code <= 0x0d) return ' ';
      return token;
    }
    if (isUnifiedIdeographCode(code)) return token;
    const folded = foldCode(code);
    if (folded !== code) return String.fromCharCode(folded);
    // Letters of cased scripts (Latin, Greek, Cyrillic and the like) fold their case.
    return code < 0x2000 ? token.toLowerCase() : token;
  }
  // Words: only fold when there is something to fold (upper case, a curly apostrophe, a wide form).
  let upper = false;
  for (let index = 0; index < token.length; index++) {
    const code = token.charCodeAt(index);
    if (code >= 0x80) return foldKey(token);
    if (code >= 0x41 && code <= 0x5a) upper = true;
  }
  // ASCII has only its case to fold.
  if (upper) return token.toLowerCase();
  if (token === '\r\n') return ' ';
  return token;
}

/** Width, quotes and spaces of one character folded (not case). */
function foldCode(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) {
    code -= 0xfee0;
    return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  }
  if (isSpaceCode(code)) return 0x20;
  return foldQuoteCode(code);
}

/** The key of a longer token: case, width, quotes and spaces folded. */
function foldKey(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  for (let index = 0; index < lower.length; index++) out += String.fromCharCode(foldCode(lower.charCodeAt(index)));
  return out;
}

/**
 * The typographic kinds that explain a change, or null when it is substantive.
 *
 * @param removed - The old side of the change.
 * @param added - The new side of the change.
 * @param before - The character just before the change (the same in both texts), or ''.
 * @param after - The character just after the change, or ''.
 * @returns The kinds needed (at least one), or null.
 * @example
 * [classifyChange('’', "'", 'r', 's'), classifyChange(' ', '', '联', '网'), classifyChange('one', 'two', ' ', ' ')];
 * //=> [['quotes'], ['whitespace'], null]
 */
export function classifyChange(removed: string, added: string, before: string, after: string): TypographicKind[] | null {
  // Most changes are substantive, and most differ in a letter: settle those in one cheap pass.
  if (!mayBeTypographic(removed, added)) return null;
  // Spaces only, on both sides (a space added, removed or swapped): decided without folding.
  if (allSpace(removed) && allSpace(added)) return classifySpaces(removed, added, before, after);
  const all = normalize(removed, before, after, ALL) === normalize(added, before, after, ALL);
  if (!all) return null;
  const kinds: TypographicKind[] = [];
  for (const kind of FOLD_KINDS) {
    const without = ALL.filter((other) => other !== kind);
    if (normalize(removed, before, after, without) !== normalize(added, before, after, without)) kinds.push(kind);
  }
  if (kinds.includes('whitespace') && (hasLineBreak(removed) || hasLineBreak(added))) {
    // A blank line added or removed changes the paragraphs: not typographic.
    if (BLANK_LINE.test(before + removed + after) !== BLANK_LINE.test(before + added + after)) return null;
    kinds[kinds.indexOf('whitespace')] = 'wrapping';
  }
  return kinds.length === 0 ? null : kinds;
}

type Fold = 'whitespace' | 'punctuation-width' | 'quotes' | 'case';
const FOLD_KINDS: readonly Fold[] = ['whitespace', 'punctuation-width', 'quotes', 'case'];
const ALL: readonly Fold[] = FOLD_KINDS;

/**
 * The text between its neighbours with the given folds applied, in one pass: width, quotes
 * and case folded character by character; a run of whitespace dropped, or kept as one space
 * between two letters or digits of scripts written with spaces (where it separates words).
 */
function normalize(text: string, before: string, after: string, folds: readonly Fold[]): string {
  const width = folds.includes('punctuation-width');
  const quotes = folds.includes('quotes');
  const spaces = folds.includes('whitespace');
  let value = before + text + after;
  if (folds.includes('case')) value = value.toLowerCase();
  let out = '';
  let previous = 0; // the last character kept, for the whitespace rule
  for (let index = 0; index < value.length; index++) {
    let code = value.charCodeAt(index);
    if (spaces && isSpaceCode(code)) {
      let next = index + 1;
      while (next < value.length && isSpaceCode(value.charCodeAt(next))) next++;
      if (next < value.length && isSpacedLetterCode(previous) && isSpacedLetterCode(value.charCodeAt(next))) out += ' ';
      index = next - 1;
      continue;
    }
    // The ideographic space is a space (whitespace kind), not a width variant.
    if (width && code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    if (quotes) code = foldQuoteCode(code);
    out += String.fromCharCode(code);
    previous = code;
  }
  return out;
}

/** Letters and digits of scripts written with spaces (Latin, Greek, Cyrillic and the like; roughly, and cheaply). */
function isSpacedLetterCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code < 0x2000 && code !== 0xd7 && code !== 0xf7) || (code >= 0xff10 && code <= 0xff5a);
}

function foldQuoteCode(code: number): number {
  switch (code) {
    case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x301d: case 0x301e: case 0xff02:
      return 0x22;
    case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0xff07:
      return 0x27;
    default:
      return code;
  }
}

/**
 * Whether two texts are equal once whitespace is skipped and width, quotes and (unless
 * `exactLetters`) case are folded; with `exactLetters`, punctuation and symbols are skipped
 * too and letters must match exactly (the test for marking inside a word).
 */
function foldedEqual(a: string, b: string, exactLetters: boolean): boolean {
  const x = exactLetters ? a : a.toLowerCase();
  const y = exactLetters ? b : b.toLowerCase();
  let i = 0;
  let j = 0;
  let letters = 0;
  for (;;) {
    while (i < x.length && skipped(x.charCodeAt(i), exactLetters)) i++;
    while (j < y.length && skipped(y.charCodeAt(j), exactLetters)) j++;
    if (i === x.length || j === y.length) return i === x.length && j === y.length && (letters > 0 || !exactLetters);
    const p = x.charCodeAt(i);
    const q = y.charCodeAt(j);
    if (exactLetters ? p !== q : fold(p) !== fold(q)) return false;
    letters++;
    i++;
    j++;
  }
}

/**
 * Whether a change could be typographic at all: its sides are equal once spaces are skipped
 * and width, quotes and case folded. Most changes differ in a letter and are settled here,
 * before their neighbouring characters are looked at ({@link classifyChange} decides the rest).
 *
 * @param removed - The old side of the change.
 * @param added - The new side of the change.
 * @returns False when the change is surely substantive.
 * @example
 * [mayBeTypographic('YOU', 'you'), mayBeTypographic('one', 'two')];
 * //=> [true, false]
 */
export function mayBeTypographic(removed: string, added: string): boolean {
  return foldedEqual(removed, added, false);
}

/**
 * Whether two sides of a change hold the same letters, digits and ideographs in the same
 * order, at least one, so that only punctuation and spaces differ between them.
 *
 * @param a - One side.
 * @param b - The other side.
 * @returns True when marking the change character by character shows it precisely.
 * @example
 * [sameLetters('user’s', "user's"), sameLetters('e-mail', 'email'), sameLetters(',', '，')];
 * //=> [true, true, false]
 */
export function sameLetters(a: string, b: string): boolean {
  return foldedEqual(a, b, true);
}

function skipped(code: number, punctuation: boolean): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x3000 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0xfeff) {
    return true;
  }
  if (!punctuation) return false;
  if (code < 0x80) return !((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a));
  return (code >= 0x2010 && code <= 0x205e) || (code >= 0x3001 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff0f) || (code >= 0xff1a && code <= 0xff20) || (code >= 0xff3b && code <= 0xff40) || (code >= 0xff5b && code <= 0xff65) || code === 0xb7 || code === 0xa7;
}

function fold(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  if (code >= 0x41 && code <= 0x5a) code += 0x20;
  return foldQuoteCode(code);
}

function allSpace(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (!isSpaceCode(text.charCodeAt(index))) return false;
  return true;
}

/** A change of spaces only, between the same neighbours. */
function classifySpaces(removed: string, added: string, before: string, after: string): TypographicKind[] | null {
  // Between two letters or digits of a script written with spaces, adding or removing the only space joins or splits words.
  const betweenLetters = isSpacedLetterCode(before.charCodeAt(before.length - 1)) && isSpacedLetterCode(after.charCodeAt(0));
  if (betweenLetters && (removed === '') !== (added === '')) return null;
  if (!hasLineBreak(removed) && !hasLineBreak(added)) return ['whitespace'];
  if (BLANK_LINE.test(before + removed + after) !== BLANK_LINE.test(before + added + after)) return null;
  return ['wrapping'];
}

const BLANK_LINE = /\n[^\S\n]*\n/;

function hasLineBreak(text: string): boolean {
  return /[\n\r\u2028\u2029]/.test(text);
}
