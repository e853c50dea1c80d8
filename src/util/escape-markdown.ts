/**
 * Text made literal for CommonMark: every ASCII punctuation character is backslash-escaped
 * (CommonMark allows that for all of them, so nothing is left to interpret as emphasis, links,
 * headings, lists, tables or HTML), and spaces or tabs at the start or end of a line, which a
 * Markdown renderer would strip or turn into a line break, are written as character references.
 * A renderer shows exactly the input text.
 *
 * @example
 * escapeMarkdown('(1) *not* emphasis');
 * //=> '\\(1\\) \\*not\\* emphasis'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[!-/:-@[-`{-~]/g, '\\$&')
    .replace(/^[ \t]+|[ \t]+$/gm, (run) => Array.from(run, (c) => (c === ' ' ? '&#32;' : '&#9;')).join(''));
}
