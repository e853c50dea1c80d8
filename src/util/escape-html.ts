/** The first character that needs a reference; most legal text has none. */
const SPECIAL = /[&<>"']/;

/**
 * Text made safe for HTML element content and quoted attribute values: `& < > " '` become
 * character references, everything else (CJK, emoji, no-break spaces) stays as it is.
 *
 * Text without any of the five comes back as the same string, without copying: rendering a
 * whole edition escapes every paragraph, and most have nothing to escape.
 *
 * @param text - Any text.
 * @returns The text with `& < > " '` written as `&amp; &lt; &gt; &quot; &#39;`.
 * @example
 * escapeHtml('<b>“阿里巴巴” & co</b>');
 * //=> '&lt;b&gt;“阿里巴巴” &amp; co&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  const first = SPECIAL.exec(text);
  if (first === null) return text;
  let escaped = '';
  let from = 0;
  for (let index = first.index; index < text.length; index++) {
    let reference: string;
    switch (text.charCodeAt(index)) {
      case 0x26:
        reference = '&amp;';
        break;
      case 0x3c:
        reference = '&lt;';
        break;
      case 0x3e:
        reference = '&gt;';
        break;
      case 0x22:
        reference = '&quot;';
        break;
      case 0x27:
        reference = '&#39;';
        break;
      default:
        continue;
    }
    escaped += text.slice(from, index) + reference;
    from = index + 1;
  }
  return escaped + text.slice(from);
}
