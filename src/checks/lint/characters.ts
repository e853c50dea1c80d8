/** Character classes the lint rules share, and how to show a character nobody can see. */

/** Source of a regular-expression class of CJK characters: ideographs, kana, hangul, CJK and full-width punctuation. */
export const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef`;

/**
 * Whether a character is CJK (see {@link CJK}).
 *
 * @param char - One UTF-16 code unit of text, or `undefined` past either end.
 * @returns True for a CJK character.
 * @example
 * [isCjk('网'), isCjk('，'), isCjk('a'), isCjk(undefined)];
 * //=> [true, true, false, false]
 */
export function isCjk(char: string | undefined): boolean {
  return char !== undefined && CJK_CHAR.test(char);
}
const CJK_CHAR = new RegExp(`^[${CJK}]$`, 'u');

/** Bidirectional formatting characters: they reorder how text is displayed (Trojan Source, CVE-2021-42574). */
export const BIDI_CONTROLS = String.raw`\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069`;

/** Characters that take no space and show nothing, so a reader cannot see them in the text. */
export const INVISIBLES = String.raw`\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff`;

/** Control characters, line breaks and tabs included: a text of the corpus is one line of running text. */
export const CONTROLS = String.raw`\u0000-\u001f\u007f-\u009f`;

/** Spaces that are not U+0020 but look like one, or like nothing. */
export const NON_BREAKING_SPACES = String.raw`\u00a0\u2007\u202f`;

/** Every space character a double-space or trailing-space finding counts. */
export const SPACES = String.raw` \u00a0\u2000-\u200a\u202f\u205f`;

const NAMES: Readonly<Record<number, string>> = {
  0x00a0: 'NO-BREAK SPACE',
  0x00ad: 'SOFT HYPHEN',
  0x061c: 'ARABIC LETTER MARK',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x2007: 'FIGURE SPACE',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x202f: 'NARROW NO-BREAK SPACE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BOM)',
  0x0009: 'CHARACTER TABULATION',
  0x000a: 'LINE FEED',
  0x000d: 'CARRIAGE RETURN',
};

/**
 * A character's code point, and its name when it is one the lint reports.
 *
 * @param char - One character.
 * @returns Such as `U+200B ZERO WIDTH SPACE`.
 * @example
 * describeCharacter('\u200b');
 * //=> 'U+200B ZERO WIDTH SPACE'
 */
export function describeCharacter(char: string): string {
  const code = char.codePointAt(0)!;
  const name = NAMES[code];
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${name ? ` ${name}` : ''}`;
}

const HIDDEN = new RegExp(`[${BIDI_CONTROLS}${INVISIBLES}${CONTROLS}${NON_BREAKING_SPACES}\\u2028\\u2029]`, 'gu');

/**
 * Text with every invisible, bidirectional, control or non-breaking character written as
 * `⟨U+200B⟩`, so that printing it shows them and cannot reorder a terminal's display.
 *
 * @param text - Any text, such as a lint finding's excerpt.
 * @returns The text with those characters spelled out.
 * @example
 * makeVisible('a\u202eb\u00a0c');
 * //=> 'a⟨U+202E⟩b⟨U+00A0⟩c'
 */
export function makeVisible(text: string): string {
  return text.replace(HIDDEN, (char) => `⟨U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

/**
 * Every match of a global regular expression, as offset and text.
 *
 * @param text - The text to search.
 * @param pattern - A regular expression with the `g` flag.
 * @returns The matches, in order.
 * @example
 * matchesOf('a b c', / /g);
 * //=> [{ offset: 1, match: ' ' }, { offset: 3, match: ' ' }]
 */
export function matchesOf(text: string, pattern: RegExp): { offset: number; match: string }[] {
  return [...text.matchAll(pattern)].map((match) => ({ offset: match.index, match: match[0] }));
}
