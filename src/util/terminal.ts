/**
 * What may reach a terminal: text made visible (src/util/unicode.ts) and, in colour, the few
 * SGR sequences of {@link STYLES}, which only colour, embolden, dim, underline, strike through or
 * invert. Nothing else we write moves the cursor, erases, retitles, links or rings.
 */
import { makeVisible } from './unicode.js';

/** Every escape sequence our terminal formatters write: start and end of each style. */
export const STYLES = {
  bold: ['\u001b[1m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  inverse: ['\u001b[7m', '\u001b[27m'],
  red: ['\u001b[31m', '\u001b[39m'],
  yellow: ['\u001b[33m', '\u001b[39m'],
  cyan: ['\u001b[36m', '\u001b[39m'],
  removed: ['\u001b[31;9m', '\u001b[39;29m'],
  added: ['\u001b[32;4m', '\u001b[39;24m'],
  // Typographic changes (yellow) and moved text (magenta), apart from substantive ones.
  restyledOld: ['\u001b[33;9m', '\u001b[39;29m'],
  restyledNew: ['\u001b[33;4m', '\u001b[39;24m'],
  movedAway: ['\u001b[35;9m', '\u001b[39;29m'],
  moved: ['\u001b[35m', '\u001b[39m'],
} as const satisfies Record<string, readonly [string, string]>;

/** A style of {@link STYLES}. */
export type Style = keyof typeof STYLES;

/**
 * Text made visible for a terminal, then wrapped in a style: the text is made safe before the
 * escapes are added, so a text cannot end, change or fake a style.
 *
 * @param style - A style of {@link STYLES}.
 * @param text - Any text.
 * @returns The styled text; the empty text stays empty.
 * @example
 * paint('added', 'new\u001b[0m');
 * //=> '\u001b[32;4mnew⟨U+001B⟩[0m\u001b[39;24m'
 */
export function paint(style: Style, text: string): string {
  if (text === '') return text;
  const [open, close] = STYLES[style];
  return `${open}${terminalText(text)}${close}`;
}

/**
 * Text for a terminal: every control (tab and line feed excepted), bidirectional and invisible
 * character written as `⟨U+XXXX⟩` (the rule of docs/security.md).
 *
 * @param text - Any text.
 * @returns The text, safe to print.
 * @example
 * terminalText('ok\u001b]0;pwned\u0007\n');
 * //=> 'ok⟨U+001B⟩]0;pwned⟨U+0007⟩\n'
 */
export function terminalText(text: string): string {
  return makeVisible(text, { whitespace: false });
}

const OUR_ESCAPES = new RegExp(
  [...new Set(Object.values(STYLES).flat())].map((sequence) => sequence.replace(/[[\]]/g, '\\$&')).join('|'),
  'g',
);

/**
 * Output for a terminal, the last step before a stream: {@link terminalText} applied to
 * everything, except, in colour, the exact sequences of {@link STYLES} that our formatters
 * wrote (they have made their text visible before adding them, see {@link paint}).
 *
 * @param text - What a command prints.
 * @param colour - Whether the output may carry our colour sequences.
 * @returns The text, safe to print.
 * @example
 * terminalOutput('\u001b[1mok\u001b[22m\u001b[2K', true);
 * //=> '\u001b[1mok\u001b[22m⟨U+001B⟩[2K'
 */
export function terminalOutput(text: string, colour: boolean): string {
  if (!colour || !text.includes('\u001b')) return terminalText(text);
  let out = '';
  let last = 0;
  for (const match of text.matchAll(OUR_ESCAPES)) {
    out += terminalText(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + terminalText(text.slice(last));
}
