import { checkArguments } from '../util/arguments.js';
import { reportJson } from '../util/report-json.js';
import { REPORT } from './arguments.js';
import type { EditionDiff } from './types.js';

/**
 * Writes a report as JSON: the contract of docs/diff.md, indented for people and diffable in
 * version control. The report is plain data, so `JSON.parse` of the result equals it. Controls,
 * bidirectional and invisible characters are written as `\uXXXX` escapes, so that printing the
 * JSON cannot drive or reorder a terminal (docs/security.md).
 *
 * @param report - From `diffEditions` or `diffCorpora`.
 * @returns The JSON text, ending with a line break.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * JSON.parse(formatDiffJson(report)).format;
 * //=> 'legal-clauses/diff@2'
 */
export function formatDiffJson(report: EditionDiff): string {
  checkArguments('formatDiffJson', ['report', report, REPORT]);
  return reportJson(report);
}
