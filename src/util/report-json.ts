/** The one way reports are written as JSON (diff, lint, parity, verification; and the CLI's other JSON). */
import { escapeJsonText } from './unicode.js';

/**
 * A value as JSON for people and programs: two-space indented, with controls, bidirectional and
 * invisible characters written as `\uXXXX` escapes (the same JSON value), so that printing it
 * cannot drive, reorder or hide text in a terminal (docs/security.md).
 *
 * @param value - Any JSON value, such as a report.
 * @returns The JSON text, ending with a line break.
 * @example
 * reportJson({ match: '\u202e' });
 * //=> '{\n  "match": "\\u202e"\n}\n'
 */
export function reportJson(value: unknown): string {
  return `${escapeJsonText(JSON.stringify(value, null, 2))}\n`;
}
