/** Characters that can start or close an inline construct anywhere in a line (code, emphasis, strikethrough, links, autolinks and HTML, tables), or escape the next one. */
const INLINE = /[\\`*_~[\]<|#]/g;
/** `&` that would start a character reference. */
const REFERENCE = /&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)/g;
/**
 * What opens a block at the start of a line: a quote, a bullet, a setext underline or a thematic
 * break, or the delimiter row of a GFM table (`-:`, `:--`: the line before then becomes its
 * header, pipes or not; a row with a pipe is already broken by the pipe's escape).
 */
const BLOCK_START = /^(?:>|[-+](?=\s|$)|[-=](?=[-= \t]*$)|[-:](?=[-:]*[ \t]*$))/gm;
/** An ordered-list marker at the start of a line, `1. ` or `1) `: escaping its delimiter is enough. */
const ORDERED_START = /^(\d{1,9})([.)])(?=\s|$)/gm;
/** A line break, after which the line rules apply again. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;
/** A first character that may open a block. */
const MAY_OPEN_BLOCK = /^[>+=\-:0-9]/;
/** One whitespace character (all are in the BMP, so one UTF-16 unit). */
const SPACE = /\s/;
/** Whitespace (other than line breaks) at the start or end of a line, which a renderer strips. */
const EDGE_SPACE = /^[^\S\r\n]+|[^\S\r\n]+$/gm;

/**
 * Text made literal for CommonMark (and the GFM tables and strikethrough markdown-it enables):
 * a renderer shows exactly the input text. Characters that can mean something anywhere
 * (`` \ ` * _ ~ [ ] < | # ``, and `&` when it would start a character reference) are
 * backslash-escaped; `>`, `-`, `+`, `=` and `1.` / `1)` only where they would open a block at
 * the start of a line (a quote, a list item, an underline, a thematic break, a table's delimiter row); whitespace at the start or end of a line (spaces, tabs, no-break and ideographic
 * spaces), which a renderer would strip or turn into a line break, is written as numeric
 * character references. Other punctuation stays as it is, so prose (`1688.com`, `(一)`, `,`)
 * reads as written. Line breaks are kept; a blank line inside the text ends the paragraph.
 *
 * @param text - Any text, such as a clause's paragraph.
 * @returns Markdown that renders as `text`.
 * @example
 * escapeMarkdown('(1) *not* emphasis, <b>not HTML</b> & 1688.com');
 * //=> '(1) \\*not\\* emphasis, \\<b>not HTML\\</b> & 1688.com'
 * escapeMarkdown('- not a list item\u00a0');
 * //=> '\\- not a list item&#160;'
 */
export function escapeMarkdown(text: string): string {
  let escaped = text.replace(INLINE, '\\$&');
  if (escaped.includes('&')) escaped = escaped.replace(REFERENCE, '\\&');
  // The line rules only matter where a line starts or ends; most text is one line that starts
  // and ends with a word, so check that first rather than run multiline patterns over all of it.
  const multiline = LINE_BREAK.test(escaped);
  if (multiline || MAY_OPEN_BLOCK.test(escaped)) escaped = escaped.replace(BLOCK_START, '\\$&').replace(ORDERED_START, '$1\\$2');
  if (multiline || SPACE.test(escaped.charAt(0)) || SPACE.test(escaped.charAt(escaped.length - 1))) {
    escaped = escaped.replace(EDGE_SPACE, (run) => Array.from(run, (char) => `&#${char.codePointAt(0)};`).join(''));
  }
  return escaped;
}
