/**
 * Making changes to invisible characters visible in the formats people read. A removed stray
 * space or a space turned into a no-break space is a real change, but `<del> </del>` shows
 * nothing; and a control or bidirectional character in any text, changed or not, could make a
 * reader see something other than what changed. The classes and the notation are those of
 * src/util/unicode.ts; JSON keeps the text as it is (escaped, docs/security.md).
 */
import { isBlank, makeVisible, showWhitespace } from '../util/unicode.js';
import type { Segment } from './types.js';

/**
 * The text a person should see for a segment: an `added` or `removed` value made only of
 * whitespace or invisible characters shows each as a symbol (␣ space, ⍽ no-break space,
 * → tab, ↵ line break, `⟨U+XXXX⟩` otherwise); in any segment, equal ones included, controls
 * (carriage returns and escape sequences too), bidirectional and invisible characters are
 * written `⟨U+XXXX⟩`, while tabs, line feeds and no-break spaces stay.
 *
 * @param segment - A segment of a redline.
 * @returns The display text.
 * @example
 * displayValue({ type: 'removed', value: ' ', class: 'typographic', kinds: ['whitespace'] });
 * //=> '␣'
 * displayValue({ type: 'added', value: 'a\u200bb', class: 'substantive' });
 * //=> 'a⟨U+200B⟩b'
 * displayValue({ type: 'equal', value: 'paid\u001b[2K\rfree' });
 * //=> 'paid⟨U+001B⟩[2K⟨U+000D⟩free'
 */
export function displayValue(segment: Segment): string {
  if (segment.type !== 'equal' && isBlank(segment.value)) return showWhitespace(segment.value);
  return makeVisible(segment.value, { whitespace: false });
}
