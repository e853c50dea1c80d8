/**
 * Splitting text into the units a redline marks: the smallest pieces a reader sees as one
 * thing. English (and any script written with spaces) changes by whole words; Chinese and
 * Japanese, written without spaces, change by single characters, so that `不得` → `不应` marks
 * one character and not the sentence. A token never splits a surrogate pair, and keeps a
 * character together with its combining marks, variation selectors and emoji modifiers.
 *
 * The rule is the regular expression {@link TOKEN_SOURCE}; a scanner reads the common characters
 * (ASCII, CJK ideographs, spaces, CJK and general punctuation) itself and asks the expression
 * only where it is not sure, which makes tokenizing several times faster than matching the
 * expression everywhere (the tests check the scanner against the expression).
 */
import { ATTACHED as ATTACHED_BODY, IDEOGRAPHIC, isCjkPunctuationCode, isSpaceCode, isUnifiedIdeographCode } from '../util/unicode.js';
import { checkArguments, text as TEXT } from '../util/arguments.js';

/** Han, Hiragana and Katakana: scripts written without spaces, compared character by character. */
const IDEOGRAPH = `[${IDEOGRAPHIC}]`;
/** What stays attached to the character before it: combining marks, variation selectors, ZWJ. */
const ATTACHED = `[${ATTACHED_BODY}]`;
/** Emoji modifiers and the presentation selector that belong to a pictograph. */
const EMOJI_TAIL = String.raw`[\p{M}\u{FE0F}\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]`;
/** Apostrophes inside a word, in a plain string: the build writes it in ASCII (src/diff/units.ts says why). */
const APOSTROPHES = "'’";
/** A word: letters and digits of scripts written with spaces, with inner apostrophes (`user’s`). */
const WORD = String.raw`(?:(?!${IDEOGRAPH})[\p{L}\p{N}])(?:(?!${IDEOGRAPH})[\p{L}\p{N}\p{M}])*(?:[${APOSTROPHES}](?:(?!${IDEOGRAPH})[\p{L}\p{N}])(?:(?!${IDEOGRAPH})[\p{L}\p{N}\p{M}])*)*${ATTACHED}*`;
const PICTOGRAPH = String.raw`\p{Extended_Pictographic}${EMOJI_TAIL}*(?:\u200D\p{Extended_Pictographic}${EMOJI_TAIL}*)*${ATTACHED}*`;

/**
 * One alternative per kind of token, tried in order. The last one takes any code point (in
 * `u` mode `[^]` takes a surrogate pair whole, and a lone surrogate alone), so every
 * character of the input lands in exactly one token and the tokens join back to the input.
 */
const TOKEN_SOURCE = [
  String.raw`\r\n`, // one line break, as written
  String.raw`\s`, // each space on its own: a removed stray space or a swapped NBSP marks one character
  `${IDEOGRAPH}${ATTACHED}*`,
  WORD,
  String.raw`\p{Regional_Indicator}{2}${ATTACHED}*`, // a flag
  PICTOGRAPH,
  `[^]${ATTACHED}*`, // punctuation, symbols, anything else
].join('|');

/**
 * The token rule, anchored where the scanner asks it (`y`: match exactly at `lastIndex`). Made
 * when first asked: building its Unicode classes costs about 2 ms, a noticeable part of a CLI
 * start (docs/benchmarks.md, "CLI start"), and the scanner needs it only for uncommon characters.
 */
let token: RegExp | undefined;

/**
 * The tokens of a text by the rule alone (the expression matched everywhere, no scanner):
 * what {@link tokenize} gives, more slowly. The tests check that the two agree.
 *
 * @param text - Any string, including lone surrogates.
 * @returns The tokens, in order.
 * @example
 * tokenizeByRule('不得，use');
 * //=> ['不', '得', '，', 'use']
 */
export function tokenizeByRule(text: string): string[] {
  return text.match(new RegExp(TOKEN_SOURCE, 'gu')) ?? [];
}

/**
 * Splits text into diff tokens: English words (letters and digits, with inner apostrophes),
 * single whitespace characters, single CJK characters, emoji sequences, and single punctuation
 * marks or symbols. The tokens joined give back the text exactly.
 *
 * @param text - Any string, including lone surrogates.
 * @returns The tokens, in order; `[]` for the empty string.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * tokenize('不得 use warrantees, 1688.com');
 * //=> ['不', '得', ' ', 'use', ' ', 'warrantees', ',', ' ', '1688', '.', 'com']
 */
export function tokenize(text: string): string[] {
  checkArguments('tokenize', ['text', text, TEXT]);
  const tokens: string[] = [];
  tokenizeInto(text, 0, text.length, tokens);
  return tokens;
}

/**
 * Appends the tokens of `text[from, to)` to `out`. `from` and `to` must be token boundaries of
 * the whole text (the scanner never looks outside the range).
 *
 * @param text - The text.
 * @param from - Where to start.
 * @param to - Where to stop.
 * @param out - Receives the tokens.
 * @example
 * const out = [];
 * tokenizeInto('a 不得', 2, 4, out);
 * out;
 * //=> ['不', '得']
 */
export function tokenizeInto(text: string, from: number, to: number, out: string[]): void {
  scan(text, from, to, out, out.length);
}

/** Tokens of `text[from, to)` kept in a reused list while they are gathered, so that the list kept is of their size. */
const gathered: (string | undefined)[] = [];

/**
 * The tokens of `text[from, to)` in a list of their size (a list grown by pushing holds at
 * least 17 places, and a diff tokenizes thousands of short stretches). `from` and `to` must be
 * token boundaries of the whole text, as for {@link tokenizeInto}.
 *
 * @param text - The text.
 * @param from - Where to start.
 * @param to - Where to stop.
 * @returns The tokens.
 * @example
 * tokensOf('a 不得', 2, 4);
 * //=> ['不', '得']
 */
export function tokensOf(text: string, from: number, to: number): string[] {
  const count = scan(text, from, to, gathered, 0);
  const tokens = gathered.slice(0, count) as string[];
  // Dropped, so that no text is kept alive by the reused list.
  gathered.fill(undefined, 0, count);
  return tokens;
}

/** Writes the tokens of `text[from, to)` into `out` from index `count`; returns the index after the last. */
function scan(text: string, from: number, to: number, out: (string | undefined)[], count: number): number {
  // The rule is asked on the range alone (it must not see past `to`): cut only when needed.
  let slice: string | undefined;
  let at = from;
  while (at < to) {
    const code = text.charCodeAt(at);
    let end = -1;
    if (code < 0x80) {
      if (code === 0x0d) {
        end = at + 1 < to && text.charCodeAt(at + 1) === 0x0a ? at + 2 : at + 1;
      } else if (isAsciiWordChar(code)) {
        let hash = code;
        let stop = at + 1;
        for (let next = text.charCodeAt(stop); stop < to && isAsciiWordChar(next); next = text.charCodeAt(++stop)) hash = (hash * 31 + next) | 0;
        // A word continues into an apostrophe, a non-ASCII letter or a mark: ask the rule.
        if (stop === to || endsWord(text.charCodeAt(stop))) {
          out[count++] = stop - at <= SHORT_WORD ? shortWord(text, at, stop, hash) : text.slice(at, stop);
          at = stop;
          continue;
        }
      } else if (at + 1 === to || !mayAttach(text.charCodeAt(at + 1))) {
        end = at + 1; // a space, a punctuation mark, a symbol
      }
    } else if (
      (isUnifiedIdeographCode(code) || isSpaceCode(code) || isCjkPunctuationCode(code) || isGeneralPunctuationCode(code)) &&
      (at + 1 === to || !mayAttach(text.charCodeAt(at + 1)))
    ) {
      // One character: a shared string per character, so that a Chinese text does not allocate one string per character.
      out[count++] = oneCharacter(text, at, code);
      at++;
      continue;
    }
    if (end < 0) {
      slice ??= from === 0 && to === text.length ? text : text.slice(from, to);
      token ??= new RegExp(TOKEN_SOURCE, 'uy');
      token.lastIndex = at - from;
      const match = token.exec(slice)!;
      end = at + match[0].length;
    }
    out[count++] = text.slice(at, end);
    at = end;
  }
  return count;
}

/**
 * Strings of single characters from U+2000 to U+9FFF (punctuation, CJK punctuation, ideographs)
 * and U+FF00 to U+FFEF (full-width forms), made once each as they are met: a dense table (a
 * sparse array is a slow dictionary).
 */
let CHARACTERS: (string | undefined)[] | undefined;
/** Where the full-width forms start in the table: right after the 0x8000 places of U+2000–U+9FFF. */
const WIDE_FROM = 0xa000 - 0x2000;

function oneCharacter(text: string, at: number, code: number): string {
  const table = (CHARACTERS ??= new Array<string | undefined>(WIDE_FROM + 0xfff0 - 0xff00).fill(undefined));
  const index = code >= 0x2000 && code < 0xa000 ? code - 0x2000 : code >= 0xff00 && code < 0xfff0 ? code - 0xff00 + WIDE_FROM : -1;
  if (index < 0) return text.charAt(at);
  return (table[index] ??= text.charAt(at));
}

/**
 * Short ASCII words met lately, by a hash of their letters: a word repeated through a text (and
 * legal text repeats its words) is one string, not one per occurrence. Only words short enough
 * to be copied when cut from the text are kept (a longer cut would keep the whole text alive).
 */
const SHORT_WORD = 12;
let WORDS: (string | undefined)[] | undefined;

function shortWord(text: string, from: number, to: number, hash: number): string {
  const words = (WORDS ??= new Array<string | undefined>(4096).fill(undefined));
  const slot = (hash ^ (hash >>> 12)) & 4095;
  const known = words[slot];
  if (known !== undefined && known.length === to - from) {
    let same = true;
    for (let index = 0; index < known.length && same; index++) same = known.charCodeAt(index) === text.charCodeAt(from + index);
    if (same) return known;
  }
  return (words[slot] = text.slice(from, to));
}

/** Dashes, quotes, bullets and other punctuation of U+2010–U+2027 and U+2030–U+205E: never part of a word. */
function isGeneralPunctuationCode(code: number): boolean {
  return (code >= 0x2010 && code <= 0x2027) || (code >= 0x2030 && code <= 0x205e);
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

/** A character that cannot continue a word: ASCII other than letters, digits and the apostrophe; an ideograph; a space. */
function endsWord(code: number): boolean {
  if (code < 0x80) return code !== 0x27 && !isAsciiWordChar(code);
  return isUnifiedIdeographCode(code) || isSpaceCode(code) || (code >= 0x3000 && code <= 0x3029);
}

/** Whether a character could attach to the one before it (a mark, a selector, ZWJ, a surrogate): then the rule decides. */
function mayAttach(code: number): boolean {
  if (code < 0x300) return false;
  if (isUnifiedIdeographCode(code)) return false;
  // CJK punctuation (、。「」 and the like) and full-width forms are not marks; U+302A–U+302F are.
  if (code >= 0x3000 && code <= 0x3029) return false;
  if (code >= 0xff00 && code <= 0xffef) return false;
  return true;
}

/** Whether a token is a word of a script written with spaces (it then weighs its length). */
const WORD_START = new RegExp(String.raw`^(?:(?!${IDEOGRAPH})[\p{L}\p{N}])`, 'u');

/**
 * How many characters a reader sees in a token: a word counts its code points; anything else
 * (a CJK character, a space, a punctuation mark, an emoji sequence) is one character.
 *
 * @param token - A token from {@link tokenize}.
 * @returns 1 or more.
 * @example
 * [tokenWeight('warranties'), tokenWeight('得'), tokenWeight('👍🏽')];
 * //=> [10, 1, 1]
 */
export function tokenWeight(token: string): number {
  if (token.length === 1) return 1;
  if (!isWordToken(token)) return 1;
  let count = 0;
  for (const _ of token) count++;
  return count;
}

/**
 * Whether a token is a word of a script written with spaces (English and the like), as
 * opposed to a CJK character, a space, a punctuation mark or a symbol.
 *
 * @param token - A token from {@link tokenize}.
 * @returns True for a word.
 * @example
 * [isWordToken('user’s'), isWordToken('得'), isWordToken(',')];
 * //=> [true, false, false]
 */
export function isWordToken(token: string): boolean {
  const first = token.charCodeAt(0);
  if (isAsciiWordChar(first)) return true;
  if (first < 0x80 || isUnifiedIdeographCode(first)) return false;
  return WORD_START.test(token);
}

/**
 * Whether a token is a CJK ideograph or kana (a "word" of a script written without spaces).
 *
 * @param token - A token from {@link tokenize}.
 * @returns True for one ideograph or kana, with its marks.
 * @example
 * [isIdeographToken('得'), isIdeographToken('a')];
 * //=> [true, false]
 */
export function isIdeographToken(token: string): boolean {
  const first = token.charCodeAt(0);
  if (first < 0x80) return false;
  if (isUnifiedIdeographCode(first)) return true;
  return IDEOGRAPH_START.test(token);
}

const IDEOGRAPH_START = new RegExp(`^${IDEOGRAPH}`, 'u');
