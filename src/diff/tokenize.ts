/**
 * Splitting text into the units a redline marks: the smallest pieces a reader sees as one
 * thing. English (and any script written with spaces) changes by whole words; Chinese and
 * Japanese, written without spaces, change by single characters, so that `不得` → `不应` marks
 * one character and not the sentence. A token never splits a surrogate pair, and keeps a
 * character together with its combining marks, variation selectors and emoji modifiers.
 */
import { checkArguments, text as TEXT } from '../util/arguments.js';

/** Han, Hiragana and Katakana: scripts written without spaces, compared character by character. */
const IDEOGRAPH = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]`;
/** What stays attached to the character before it: combining marks, variation selectors, ZWJ. */
const ATTACHED = String.raw`[\p{M}\u200D\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]`;
/** Emoji modifiers and the presentation selector that belong to a pictograph. */
const EMOJI_TAIL = String.raw`[\p{M}\u{FE0F}\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]`;
/** A word: letters and digits of scripts written with spaces, with inner apostrophes (`user’s`). */
const WORD = String.raw`(?:(?!${IDEOGRAPH})[\p{L}\p{N}])(?:(?!${IDEOGRAPH})[\p{L}\p{N}\p{M}])*(?:['’](?:(?!${IDEOGRAPH})[\p{L}\p{N}])(?:(?!${IDEOGRAPH})[\p{L}\p{N}\p{M}])*)*${ATTACHED}*`;
const PICTOGRAPH = String.raw`\p{Extended_Pictographic}${EMOJI_TAIL}*(?:\u200D\p{Extended_Pictographic}${EMOJI_TAIL}*)*${ATTACHED}*`;

/**
 * One alternative per kind of token, tried in order. The last one takes any code point (in
 * `u` mode `[^]` takes a surrogate pair whole, and a lone surrogate alone), so every
 * character of the input lands in exactly one token and the tokens join back to the input.
 */
const TOKEN = new RegExp(
  [
    String.raw`\r\n`, // one line break, as written
    String.raw`\s`, // each space on its own: a removed stray space or a swapped NBSP marks one character
    `${IDEOGRAPH}${ATTACHED}*`,
    WORD,
    String.raw`\p{Regional_Indicator}{2}${ATTACHED}*`, // a flag
    PICTOGRAPH,
    `[^]${ATTACHED}*`, // punctuation, symbols, anything else
  ].join('|'),
  'gu',
);

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
  return text.match(TOKEN) ?? [];
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
  const first = token.charCodeAt(0);
  const asciiWord = (first >= 0x30 && first <= 0x39) || (first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a);
  if (!asciiWord && (first < 0x80 || !WORD_START.test(token))) return 1;
  let count = 0;
  for (const _ of token) count++;
  return count;
}
