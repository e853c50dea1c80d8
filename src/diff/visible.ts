/**
 * Making changes to invisible characters visible in the formats people read. A removed stray
 * space or a space turned into a no-break space is a real change, but `<del> </del>` shows
 * nothing. JSON keeps the raw text; only the human formats substitute symbols.
 */
import type { Segment } from './types.js';

/** Symbols for whitespace in a change made only of whitespace. */
const SYMBOLS: Readonly<Record<string, string>> = {
  ' ': '␣',
  '\u00a0': '⍽',
  '\t': '→',
  '\n': '↵',
};

/** Characters that are invisible or reorder text: always named in a change (not ZWJ/ZWNJ, which join emoji and scripts). */
const HIDDEN = /[\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;
/** A change with nothing a reader would see. */
const INVISIBLE_ONLY = /^[\s\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]+$/u;

/**
 * The text a person should see for a segment: an `added` or `removed` value made only of
 * whitespace or invisible characters shows each as a symbol (␣ space, ⍽ no-break space,
 * → tab, ↵ line break, `⟨U+XXXX⟩` otherwise), and invisible formatting characters are named
 * in any change. Equal text is returned as it is.
 *
 * @param segment - A segment of a redline.
 * @returns The display text.
 * @example
 * displayValue({ type: 'removed', value: ' ' });
 * //=> '␣'
 * displayValue({ type: 'added', value: 'a\u200bb' });
 * //=> 'a⟨U+200B⟩b'
 */
export function displayValue(segment: Segment): string {
  if (segment.type === 'equal') return segment.value;
  if (INVISIBLE_ONLY.test(segment.value)) {
    return segment.value.replace(/\r\n|[^]/gu, (char) => SYMBOLS[char] ?? (char === '\r\n' ? '↵' : codePoint(char)));
  }
  return segment.value.replace(HIDDEN, codePoint);
}

/**
 * Segments with {@link displayValue} applied, then split into lines: one list of segments per
 * line of the text, without the line breaks.
 *
 * @param segments - A redline.
 * @returns The lines; a blank line is an empty list.
 * @example
 * displayLines([{ type: 'equal', value: 'a\n\nb' }, { type: 'added', value: 'c' }]);
 * //=> [[{ type: 'equal', value: 'a' }], [], [{ type: 'equal', value: 'b' }, { type: 'added', value: 'c' }]]
 */
export function displayLines(segments: readonly Segment[]): Segment[][] {
  const lines: Segment[][] = [[]];
  for (const segment of segments) {
    const parts = displayValue(segment).split(/\r?\n/);
    parts.forEach((part, index) => {
      if (index > 0) lines.push([]);
      if (part !== '') lines.at(-1)!.push({ type: segment.type, value: part });
    });
  }
  return lines;
}

function codePoint(char: string): string {
  return `⟨U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

/**
 * A label from outside the corpus (a package name, a file path) with every control,
 * invisible and bidirectional character named as `⟨U+XXXX⟩`, so that it cannot drive or
 * reorder a terminal.
 *
 * @param label - The label.
 * @returns The label, safe to print.
 * @example
 * visibleLabel('legal-clauses@1.0.0\u001b[2J');
 * //=> 'legal-clauses@1.0.0⟨U+001B⟩[2J'
 */
export function visibleLabel(label: string): string {
  return label.replace(/[\u0000-\u001f\u007f-\u009f]/gu, codePoint).replace(HIDDEN, codePoint);
}
