import { escapeJsonText } from '../util/unicode.js';

/**
 * JSON for stdout, the one way every command writes JSON: two-space indented, with controls,
 * bidirectional and invisible characters written as `\uXXXX` escapes (the same JSON value), so
 * that printing it cannot drive, reorder or hide text in a terminal (docs/security.md).
 *
 * @param value - Any JSON value.
 * @returns The JSON text, without a final line break.
 * @example
 * terminalSafeJson({ match: '\u202e' });
 * //=> '{\n  "match": "\\u202e"\n}'
 */
export function terminalSafeJson(value: unknown): string {
  return escapeJsonText(JSON.stringify(value, null, 2));
}
