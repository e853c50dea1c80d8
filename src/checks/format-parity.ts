/**
 * A parity report written for a terminal, a pull request or a program: the CLI's `parity`
 * chooses one and prints it.
 */
import { checkArguments } from '../util/arguments.js';
import { escapeMarkdown } from '../util/escape-markdown.js';
import { reportJson } from '../util/report-json.js';
import { terminalText } from '../util/terminal.js';
import { formatTable } from '../util/text-table.js';
import { PARITY_REPORT } from './arguments.js';
import type { EditionParity, ParityReport } from './parity.js';
import { summarizeSeverities } from './severity.js';

/**
 * A parity report as lines for a terminal: per edition, its status, governing language and
 * how many clauses each language published, with a table of every clause's status per
 * language; then the findings and the count per severity.
 *
 * @param report - From `parityReport`.
 * @returns The text, ending with a line break.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * formatParityText(parityReport(corpus)).split('\n')[0];
 * //=> 'disclaimer@2003-04-15 (published); governing language: zh; published: zh 5/10, en 10/10'
 */
export function formatParityText(report: ParityReport): string {
  checkArguments('formatParityText', ['report', report, PARITY_REPORT]);
  const parts = report.editions.map((edition) => `${title(edition)} ${details(edition)}\n\n${formatTable(columns(edition), rows(edition))}`);
  const findings = report.findings.map((finding) => `${finding.severity.padEnd(7)}  ${finding.rule}  ${finding.message}`);
  return terminalText(`${parts.join('\n')}\n${findings.length > 0 ? `${findings.join('\n')}\n\n` : ''}${summary(report)}\n`);
}

/**
 * A parity report as Markdown, for a pull request: per edition a heading line and a table of
 * every clause's status per language, then the findings as a list and the count per severity.
 *
 * @param report - From `parityReport`.
 * @returns The Markdown, ending with a line break.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * formatParityMarkdown(parityReport(corpus)).split('\n')[0];
 * //=> '**disclaimer@2003-04-15** (published); governing language: zh; published: zh 5/10, en 10/10'
 */
export function formatParityMarkdown(report: ParityReport): string {
  checkArguments('formatParityMarkdown', ['report', report, PARITY_REPORT]);
  const parts = report.editions.map((edition) => {
    const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
    const table = [line(columns(edition).map(cell)), line(columns(edition).map(() => '---')), ...rows(edition).map((cells) => line(cells.map(cell)))];
    return `**${cell(title(edition))}** ${cell(details(edition))}\n\n${table.join('\n')}\n`;
  });
  const findings = report.findings.map((finding) => `- ${finding.severity} \`${finding.rule}\`: ${cell(finding.message)}`);
  return `${parts.join('\n')}\n${findings.length > 0 ? `${findings.join('\n')}\n\n` : ''}**Parity:** ${summary(report)}\n`;
}

/**
 * A parity report as JSON (the report itself, indented), with controls, bidirectional and
 * invisible characters written as `\uXXXX` escapes; `JSON.parse` gives the report back.
 *
 * @param report - From `parityReport`.
 * @returns The JSON text, ending with a line break.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * JSON.parse(formatParityJson(parityReport(corpus))).editions[0].published;
 * //=> { zh: 5, en: 10 }
 */
export function formatParityJson(report: ParityReport): string {
  checkArguments('formatParityJson', ['report', report, PARITY_REPORT]);
  return reportJson(report);
}

function title(edition: EditionParity): string {
  return `${edition.document}@${edition.edition}`;
}

/** The edition's status, governing language, and how many clauses each language published. */
function details(edition: EditionParity): string {
  const published = edition.languages.map((lang) => `${lang} ${edition.published[lang] ?? 0}/${edition.clauses.length}`).join(', ');
  return `(${edition.status}); governing language: ${edition.governingLanguage ?? 'not declared'}; published: ${published}`;
}

function columns(edition: EditionParity): string[] {
  return ['#', 'clause', 'section', ...edition.languages.map((lang) => (lang === edition.governingLanguage ? `${lang} (governing)` : lang))];
}

function rows(edition: EditionParity): string[][] {
  return edition.clauses.map((clause, i) => [String(i + 1), clause.clause, clause.section, ...edition.languages.map((lang) => clause.languages[lang] ?? 'missing')]);
}

function summary(report: ParityReport): string {
  return summarizeSeverities(report.findings.map((finding) => finding.severity));
}

/** Text from the report (ids, statuses, messages naming them) made literal in Markdown. */
function cell(text: string): string {
  return escapeMarkdown(text);
}
