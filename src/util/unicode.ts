/**
 * Which characters are which: the one place that says which characters are controls, bidirectional
 * controls, invisible, no-break spaces or CJK, and how a character nobody can see is shown
 * (`⟨U+200B⟩`, or a symbol such as `␣`). The lint, the diff formatters, the CLI's terminal output
 * and the JSON writers all use these classes; docs/security.md says which output shows what.
 */
import { checkArguments, flag, optional, shape, text as TEXT } from './arguments.js';

/** An inclusive range of code points, with the name a reader is shown for a single one. */
type Range = readonly [from: number, to: number];

/**
 * C0 controls, DEL and C1 controls (U+0080–U+009F, CSI U+009B included): in a terminal they move
 * the cursor, erase, ring, retitle the window or start escape sequences. Tab and line feed are
 * among them; running text keeps those two ({@link makeVisible} with `whitespace: false`).
 */
const CONTROL_RANGES: readonly Range[] = [
  [0x0000, 0x001f],
  [0x007f, 0x009f],
];

/** Bidirectional formatting characters: they reorder how text is displayed (Trojan Source, CVE-2021-42574). */
const BIDI_RANGES: readonly Range[] = [
  [0x061c, 0x061c],
  [0x200e, 0x200f],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
];

/**
 * Characters that take no space and show nothing: the default-ignorable code points of Unicode
 * that are not bidirectional controls, leaving out the variation selectors (U+180B–U+180D,
 * U+180F, U+FE00–U+FE0F, U+E0100–U+E01EF), which choose the glyph of the character before them
 * (a CJK ideographic variation sequence is published text). A zero width joiner between two
 * emoji, and tag characters in an emoji tag sequence (🏴 + tags + U+E007F), are part of the
 * emoji and are not counted (see {@link findCharacters}).
 */
const INVISIBLE_RANGES: readonly Range[] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180e, 0x180e],
  [0x200b, 0x200d],
  [0x2060, 0x2065],
  [0x206a, 0x206f],
  [0x3164, 0x3164],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xfff0, 0xfffb],
  [0x1bca0, 0x1bca3],
  [0x1d173, 0x1d17a],
  [0xe0000, 0xe00ff],
  [0xe01f0, 0xe0fff],
];

/** Spaces that are not U+0020 but look like one. */
const NO_BREAK_SPACE_RANGES: readonly Range[] = [
  [0x00a0, 0x00a0],
  [0x2007, 0x2007],
  [0x202f, 0x202f],
];

/** LINE SEPARATOR and PARAGRAPH SEPARATOR: line breaks to some programs, nothing to others. */
const SEPARATOR_RANGES: readonly Range[] = [[0x2028, 0x2029]];

/** A class of characters {@link findCharacters} looks for. */
export type CharacterClass = 'control' | 'bidi-control' | 'invisible' | 'no-break-space' | 'line-separator' | 'lone-surrogate';

const RANGES: Readonly<Record<CharacterClass, readonly Range[]>> = {
  control: CONTROL_RANGES,
  'bidi-control': BIDI_RANGES,
  invisible: INVISIBLE_RANGES,
  'no-break-space': NO_BREAK_SPACE_RANGES,
  'line-separator': SEPARATOR_RANGES,
  // In a `u` regular expression a surrogate range matches only a surrogate without its pair.
  'lone-surrogate': [[0xd800, 0xdfff]],
};

/** Every space character a double-space or trailing-space lint finding counts: a regular-expression class body. */
export const SPACES = String.raw` \u00a0\u2000-\u200a\u202f\u205f`;

/**
 * Source of a regular-expression class body: Han, Hiragana and Katakana, the scripts written
 * without spaces between words. A redline compares them character by character; a configured
 * lint term made of them matches inside a run of them.
 */
export const IDEOGRAPHIC = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;

/**
 * Source of a regular-expression class body: what belongs to the character before it (combining
 * marks, the zero width joiner, variation selectors). Nothing cuts between the two: not a
 * token, a sentence, nor a mark inside a word.
 */
export const ATTACHED = String.raw`\p{M}\u200D\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}`;

/** Source of a regular-expression class of CJK characters: ideographs, kana, hangul, CJK and full-width punctuation. */
export const CJK = String.raw`${IDEOGRAPHIC}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef`;
// Built on first use: the script properties cost about 0.6 ms to build, and a CLI start that
// never asks pays nothing (docs/benchmarks.md, "CLI start").
let cjkChar: RegExp | undefined;

/**
 * Whether a UTF-16 code unit is whitespace as JavaScript's `\s` reads it (spaces, tabs, line
 * breaks, no-break and ideographic spaces, the byte order mark): the fast test the diff's
 * scanners use where a regular expression per character would cost too much.
 *
 * @param code - A code unit (`charCodeAt`).
 * @returns True for whitespace.
 * @example
 * [isSpaceCode(0x20), isSpaceCode(0x3000), isSpaceCode(0x41)];
 * //=> [true, true, false]
 */
export function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x3000 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0xfeff
  );
}

/**
 * Whether a UTF-16 code unit is a CJK Unified Ideograph (U+4E00–U+9FFF): the common Chinese
 * characters, each a token of its own in a redline.
 *
 * @param code - A code unit (`charCodeAt`).
 * @returns True for a unified ideograph.
 * @example
 * [isUnifiedIdeographCode('网'.charCodeAt(0)), isUnifiedIdeographCode('，'.charCodeAt(0))];
 * //=> [true, false]
 */
export function isUnifiedIdeographCode(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/**
 * Whether a UTF-16 code unit is CJK or full-width punctuation or a symbol (`、。「」【】〒`, `，（）：；！？`
 * and the like): no letter, digit or ideograph, and no space.
 *
 * @param code - A UTF-16 code unit.
 * @returns True for U+3001–U+3004, U+3008–U+3020 and the full-width punctuation and symbols of U+FF01–U+FF65.
 * @example
 * [isCjkPunctuationCode('，'.charCodeAt(0)), isCjkPunctuationCode('々'.charCodeAt(0)), isCjkPunctuationCode('Ａ'.charCodeAt(0))];
 * //=> [true, false, false]
 */
export function isCjkPunctuationCode(code: number): boolean {
  if (code < 0x3001 || (code > 0x3020 && code < 0xff01) || code > 0xff65) return false;
  return (
    code <= 0x3004 ||
    (code >= 0x3008 && code <= 0x3020) ||
    (code >= 0xff01 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20) ||
    (code >= 0xff3b && code <= 0xff40) ||
    code >= 0xff5b
  );
}

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
  if (char === undefined) return false;
  if (char.length === 1) {
    // Fast answers for the characters most text is made of, so that a lint of Latin or Chinese
    // text never builds the class (its script properties cost a start about a millisecond):
    // below the CJK radicals (U+2E80) only the Bopomofo tone marks U+02EA–U+02EB and the Hangul
    // jamo U+1100–U+11FF are in it, every unit of U+4E00–U+9FFF is a Han ideograph, and
    // U+3000–U+303F and U+FF00–U+FFEF are in it by name. test/util/unicode.test.ts checks every
    // code unit against the class itself.
    const code = char.charCodeAt(0);
    if (code < 0x2e80) return code === 0x2ea || code === 0x2eb || (code >= 0x1100 && code <= 0x11ff);
    if (isUnifiedIdeographCode(code) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef)) return true;
  }
  return (cjkChar ??= new RegExp(`^[${CJK}]$`, 'u')).test(char);
}

let letterOrDigit: RegExp | undefined;

/**
 * Whether a character is a letter or a digit of any script (`\p{L}` or `\p{N}`): what makes a
 * term's edge part of a longer word.
 *
 * @param char - One character (a UTF-16 code unit, or a surrogate pair).
 * @returns True for a letter or digit.
 * @example
 * [isLetterOrDigit('a'), isLetterOrDigit('7'), isLetterOrDigit('é'), isLetterOrDigit('网'), isLetterOrDigit('.')];
 * //=> [true, true, true, true, false]
 */
export function isLetterOrDigit(char: string): boolean {
  const code = char.charCodeAt(0);
  // ASCII (most edges) is answered without the Unicode classes, which cost a CLI start about a
  // millisecond and a half to build and first run: its letters and digits are the only ASCII
  // characters in them (test/util/unicode.test.ts checks each).
  return char.length === 1 && code < 0x80 ? /[\dA-Za-z]/.test(char) : (letterOrDigit ??= /[\p{L}\p{N}]/u).test(char);
}

/**
 * The ranges of a character class as a reader reads them, for rule descriptions.
 *
 * @param characterClass - A class.
 * @returns Such as `U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069`.
 * @example
 * describeClass('bidi-control');
 * //=> 'U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069'
 */
export function describeClass(characterClass: CharacterClass): string {
  return RANGES[characterClass].map(([from, to]) => (from === to ? codePointName(from) : `${codePointName(from)}–${codePointName(to)}`)).join(', ');
}

// Legitimate uses of characters of the classes above, matched first and left alone: a ZWJ that
// joins two emoji (👨‍👩‍👧), and an emoji tag sequence (🏴 + tags + CANCEL TAG, a subdivision flag).
// The joiner is matched before the look-behind, so that the look-behind runs at joiners only.
const EMOJI_ZWJ = String.raw`\u200D(?<=\p{Extended_Pictographic}[\u{1F3FB}-\u{1F3FF}\uFE0F]?\u200D)(?=\p{Extended_Pictographic})`;
const EMOJI_TAG_SEQUENCE = String.raw`\u{1F3F4}[\u{E0020}-\u{E007E}]{1,30}\u{E007F}`;

/**
 * How the characters of some classes are found: `any`, a plain class that tells whether a text
 * holds one (cheap to build, and testing allocates nothing), and `each`, global, whose first
 * group is a character of the classes (a match without it is a legitimate sequence). Most texts
 * hold none of these characters: `any` answers for them, and `each`, whose emoji exemptions use
 * a Unicode property V8 takes a while to build, is built and run only for a text that does
 * (docs/benchmarks.md, "CLI start").
 */
interface ClassPatterns {
  readonly any: RegExp;
  /** Built on first use. */
  each(): RegExp;
}

const patterns = new Map<string, ClassPatterns>();

/**
 * The characters of some classes as the body of a regular-expression class (for a `u` pattern),
 * with no exemption: `new RegExp(`[${classBody(['no-break-space'])}]+`, 'gu')` finds runs of them.
 *
 * @param classes - The classes.
 * @returns The class body, such as `\u{a0}\u{2007}\u{202f}`.
 * @example
 * new RegExp(`[${classBody(['bidi-control'])}]`, 'u').test('\u202e');
 * //=> true
 */
export function classBody(classes: readonly CharacterClass[]): string {
  return classes.flatMap((name) => RANGES[name].map(([from, to]) => (from === to ? escape(from) : `${escape(from)}-${escape(to)}`))).join('');
}

/** The patterns of some classes, `keep` characters of them left out (a class body, such as `\\t\\n`). */
function patternsFor(classes: readonly CharacterClass[], keep: string): ClassPatterns {
  const key = `${classes.join(',')}|${keep}`;
  let found = patterns.get(key);
  if (found === undefined) {
    const kept = keep === '' ? '' : `(?![${keep}])`;
    const character = `${kept}[${classBody(classes)}]`;
    const exempt = classes.includes('invisible') ? `${EMOJI_TAG_SEQUENCE}|${EMOJI_ZWJ}|` : '';
    let each: RegExp | undefined;
    found = { any: new RegExp(character, 'u'), each: () => (each ??= new RegExp(`${exempt}(${character})`, 'gu')) };
    patterns.set(key, found);
  }
  return found;
}

/**
 * Where the characters of some classes are in a text, one finding per character (a zero width
 * joiner between emoji and an emoji tag sequence are not findings of `invisible`). Linear in the
 * length of the text.
 *
 * @param text - Any text.
 * @param classes - The classes to look for.
 * @returns Each character found, with its offset in UTF-16 code units.
 * @example
 * findCharacters('a\u202eb\u200bc👨‍👩‍👧', ['bidi-control', 'invisible']);
 * //=> [{ offset: 1, char: '\u202e' }, { offset: 3, char: '\u200b' }]
 */
export function findCharacters(text: string, classes: readonly CharacterClass[]): { offset: number; char: string }[] {
  const found: { offset: number; char: string }[] = [];
  const { any, each } = patternsFor(classes, '');
  if (!any.test(text)) return found;
  for (const match of text.matchAll(each())) {
    if (match[1] !== undefined) found.push({ offset: match.index, char: match[1] });
  }
  return found;
}

/**
 * A code point as `U+XXXX` (four hex digits at least), such as `U+00A0` or `U+E0001`.
 *
 * @param code - The code point.
 * @returns Its name in the `U+` notation.
 * @example
 * codePointName(0x9b);
 * //=> 'U+009B'
 */
export function codePointName(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The one way a character nobody can see is shown in text: its code point between angle
 * brackets, `⟨U+200B⟩`. The brackets are visible, and the notation holds no control character,
 * so showing it again gives the same text.
 *
 * @param char - One character (a lone surrogate included).
 * @returns Such as `⟨U+001B⟩`.
 * @example
 * formatCodePoint('\u001b');
 * //=> '⟨U+001B⟩'
 */
export function formatCodePoint(char: string): string {
  let shown = SHOWN.get(char);
  if (shown === undefined) {
    shown = `⟨${codePointName(char.codePointAt(0)!)}⟩`;
    // Few distinct characters recur in a text: remember them (bounded, as a text could hold many).
    if (SHOWN.size < 4096) SHOWN.set(char, shown);
  }
  return shown;
}
const SHOWN = new Map<string, string>();

const NAMES: Readonly<Record<number, string>> = {
  0x0009: 'CHARACTER TABULATION',
  0x000a: 'LINE FEED',
  0x000d: 'CARRIAGE RETURN',
  0x001b: 'ESCAPE',
  0x009b: 'CONTROL SEQUENCE INTRODUCER',
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
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
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
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BOM)',
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
  return `${codePointName(code)}${name ? ` ${name}` : ''}`;
}

/** What a terminal, and every human-readable output, must never receive raw. */
const UNSAFE: readonly CharacterClass[] = ['control', 'bidi-control', 'invisible', 'line-separator', 'lone-surrogate'];
/** What a reader of a one-line excerpt must see besides: no-break spaces (tab and line feed are controls). */
const UNSEEN: readonly CharacterClass[] = [...UNSAFE, 'no-break-space'];

const VISIBLE_OPTIONS = optional(shape('an options object', { whitespace: optional(flag) }));

/** Options of {@link makeVisible}. */
export interface VisibleOptions {
  /**
   * Also show tab, line feed and no-break spaces, for an excerpt where every character counts
   * (a lint finding). With `false` they stay, as running text needs them: the rule for
   * everything written to a terminal (docs/security.md).
   * @default true
   */
  whitespace?: boolean | undefined;
}

/**
 * Text with every control (C0, DEL, C1), bidirectional control, invisible character, line or
 * paragraph separator and lone surrogate written as `⟨U+XXXX⟩` (and, by default, tabs, line
 * feeds and no-break spaces too), so that printing it shows them, and cannot move a terminal's
 * cursor, start an escape sequence, or reorder or hide text. Showing visible text again changes
 * nothing.
 *
 * @param text - Any text, such as a lint finding's excerpt or a line for a terminal.
 * @param options - Whether tabs, line feeds and no-break spaces are shown too.
 * @returns The text with those characters spelled out.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * makeVisible('a\u202eb\u00a0c');
 * //=> 'a⟨U+202E⟩b⟨U+00A0⟩c'
 * makeVisible('ok\u001b[2K\rno\n\u00a0', { whitespace: false });
 * //=> 'ok⟨U+001B⟩[2K⟨U+000D⟩no\n\u00a0'
 */
export function makeVisible(text: string, options?: VisibleOptions): string {
  // Every line a formatter prints passes here: the arguments are tested first, and the lists
  // that explain a refusal are built only for one (unoptimised code allocates them every call).
  if (!TEXT.test(text) || !VISIBLE_OPTIONS.test(options)) {
    checkArguments('makeVisible', ['text', text, TEXT], ['options', options, VISIBLE_OPTIONS]);
  }
  const { any, each } = options?.whitespace ?? true ? (unseen ??= patternsFor(UNSEEN, '')) : unsafePatterns();
  return any.test(text) ? text.replace(each(), showCodePoint) : text;
}

/** The replacer of {@link makeVisible}: a character of the classes, shown; a legitimate sequence, kept. */
function showCodePoint(match: string, char: string | undefined): string {
  return char === undefined ? match : formatCodePoint(char);
}

/** The patterns of {@link makeVisible} and {@link escapeJsonText}, looked up once and kept. */
let unseen: ClassPatterns | undefined;
let unsafe: ClassPatterns | undefined;
const unsafePatterns = (): ClassPatterns => (unsafe ??= patternsFor(UNSAFE, '\\t\\n'));

/**
 * JSON text with every character {@link makeVisible} would show written as a `\uXXXX` escape
 * instead (a pair of escapes above U+FFFF), so that printing it cannot drive a terminal while it
 * still parses to the same value. Only string contents can hold such characters once
 * `JSON.stringify` has escaped the C0 controls, so the result is valid JSON.
 *
 * @param json - Text written by `JSON.stringify`.
 * @returns The same JSON with those characters escaped.
 * @example
 * escapeJsonText(JSON.stringify({ text: 'a\u202eb\u009b' }));
 * //=> '{"text":"a\\u202eb\\u009b"}'
 */
export function escapeJsonText(json: string): string {
  return json.replace(unsafePatterns().each(), (match, char: string | undefined) => {
    if (char === undefined) return match;
    let escaped = '';
    for (let i = 0; i < char.length; i++) escaped += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return escaped;
  });
}

/** Symbols for whitespace in a change made only of whitespace. */
const WHITESPACE_SYMBOLS: Readonly<Record<string, string>> = {
  ' ': '␣',
  '\u00a0': '⍽',
  '\t': '→',
  '\n': '↵',
};

/**
 * Text made only of whitespace and invisible characters, each shown: `␣` space, `⍽` no-break
 * space, `→` tab, `↵` line feed, `⟨U+XXXX⟩` any other. For a change that would otherwise show
 * nothing, such as a removed stray space.
 *
 * @param text - Whitespace or invisible characters.
 * @returns One visible symbol per character.
 * @example
 * showWhitespace(' \u00a0\u3000\n');
 * //=> '␣⍽⟨U+3000⟩↵'
 */
export function showWhitespace(text: string): string {
  let shown = '';
  for (const char of text) shown += WHITESPACE_SYMBOLS[char] ?? formatCodePoint(char);
  return shown;
}

let invisibleOnly: RegExp | undefined;

/**
 * Whether a text is made only of whitespace, controls and invisible characters: a reader would
 * see nothing of it.
 *
 * @param text - Any text.
 * @returns True when nothing of it is visible (false for the empty text).
 * @example
 * [isBlank(' \u200b'), isBlank(' a'), isBlank('')];
 * //=> [true, false, false]
 */
export function isBlank(text: string): boolean {
  return (invisibleOnly ??= new RegExp(`^[\\s${classBody(['control', 'bidi-control', 'invisible'])}]+$`, 'u')).test(text);
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * The columns a text takes in a terminal: CJK and other wide characters take two.
 *
 * @param text - One line of text.
 * @returns Its width in columns.
 * @example
 * displayWidth('条款 a');
 * //=> 6
 */
export function displayWidth(text: string): number {
  let columns = 0;
  for (const char of text) columns += WIDE.test(char) ? 2 : 1;
  return columns;
}

function escape(code: number): string {
  return `\\u{${code.toString(16)}}`;
}

const LONE_SURROGATE = new RegExp(`[${classBody(['lone-surrogate'])}]`, 'u');

/**
 * The offset of the first lone surrogate in a string, or -1 when it is well-formed Unicode. A
 * lone surrogate is not a character and has no UTF-8 form; hashes are defined on well-formed
 * text only (docs/trust.md).
 *
 * @param text - Any string.
 * @returns The offset in UTF-16 code units, or -1.
 * @example
 * [findLoneSurrogate('Pay \ud83d100'), findLoneSurrogate('😀')];
 * //=> [4, -1]
 */
export function findLoneSurrogate(text: string): number {
  // String.prototype.isWellFormed (ES2024) is a fast path where it exists.
  const fast = (text as { isWellFormed?: () => boolean }).isWellFormed;
  if (typeof fast === 'function' && fast.call(text)) return -1;
  return LONE_SURROGATE.exec(text)?.index ?? -1;
}
