const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text made safe for HTML element content and quoted attribute values: `& < > " '` become
 * character references, everything else (CJK, emoji, no-break spaces) stays as it is.
 *
 * @example
 * escapeHtml('<b>“阿里巴巴” & co</b>');
 * //=> '&lt;b&gt;“阿里巴巴” &amp; co&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}
