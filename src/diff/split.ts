/**
 * The coarse units a text is aligned by before tokens: lines (paragraphs), then sentences.
 * Both keep every character (the pieces join back to the text) and cut only after a line
 * break or a sentence end, never inside a surrogate pair.
 */

/**
 * Lines with their line break kept.
 *
 * @param text - Any text.
 * @returns The lines; `['']` for the empty string.
 * @example
 * splitLines('one\n\ntwo');
 * //=> ['one\n', '\n', 'two']
 */
export function splitLines(text: string): string[] {
  return text.includes('\n') ? text.split(/(?<=\n)/) : [text];
}

/**
 * Where a sentence ends: a Chinese full stop, question or exclamation mark or semicolon (full
 * width) anywhere; their ASCII forms only before a space or the end (so `1688.com` is one
 * sentence); then closing quotes or brackets and any marks attached to them (a cut never
 * separates a character from its combining mark), then spaces.
 */
const SENTENCE_END =
  /(?:[。！？；]+|[.!?;]+(?=[\s”’"'」』）)]|$))(?:[”’"'」』）)\p{M}\u200D\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}])*[^\S\r\n]*/gu;

/**
 * Sentences, each with its end punctuation and the spaces after it.
 *
 * @param text - Text without line breaks (a line from {@link splitLines}); a line break stays inside a sentence.
 * @returns The sentences, joining back to `text`.
 * @example
 * splitSentences('甲。乙！ Done. Next');
 * //=> ['甲。', '乙！ ', 'Done. ', 'Next']
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (end > start) {
      sentences.push(text.slice(start, end));
      start = end;
    }
  }
  if (start < text.length || sentences.length === 0) sentences.push(text.slice(start));
  return sentences;
}
