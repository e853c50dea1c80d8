/**
 * A lint report written for people (a terminal, or a pull request) and for programs (JSON):
 * the CLI's `lint` chooses one and prints it. Excerpts of corpus text are shown with every
 * invisible character spelled out (`⟨U+200B⟩`), and the match marked.
 */
import { checkArguments } from '../../util/arguments.js';
import { escapeMarkdown } from '../../util/escape-markdown.js';
import { reportJson } from '../../util/report-json.js';
import { paint, terminalText, type Style } from '../../util/terminal.js';
import { makeVisible } from '../../util/unicode.js';
import { LINT_REPORT, LINT_TEXT_OPTIONS, LOCATE_OPTIONS } from '../arguments.js';
import { summarizeSeverities } from '../severity.js';
import type { Severity } from '../types.js';
import type { LintReport } from './lint.js';
import type { LintFinding } from './types.js';

/** Options of {@link formatLintText}. */
export interface LintTextOptions {
  /**
   * Colour for a terminal: severities coloured, the match in inverse video. Without colour the
   * match is bracketed, `⟦ ⟧`, which also makes a lone space visible.
   * @default false
   */
  colour?: boolean | undefined;
  /**
   * The file holding a finding's text, printed before its JSON path: the CLI names the file of a
   * corpus directory (`clauses/disclaimer/clauses/trademarks.json`).
   * @default none: document, edition, language and the JSON path
   */
  locate?: ((finding: LintFinding) => string | undefined) | undefined;
}

/** Options of {@link formatLintMarkdown}. */
export interface LintMarkdownOptions {
  /**
   * The file holding a finding's text, shown with its JSON path.
   * @default none: the JSON path alone
   */
  locate?: ((finding: LintFinding) => string | undefined) | undefined;
}

const SEVERITY_STYLES: Readonly<Record<Severity, Style>> = { error: 'red', warning: 'yellow', note: 'cyan' };

/**
 * A lint report as lines for a terminal: per finding, where it is, its severity, rule and
 * message, then an excerpt with the match marked; then the count per severity.
 *
 * @param report - From `lintCorpus`.
 * @param options - Colour, and the file of each finding.
 * @returns The text, ending with a line break.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * formatLintText(lintCorpus(corpus)).split('\n').slice(0, 2);
 * //=> ['disclaimer@2003-04-15/en (dateline)  dateline.en:1  note     double-space  9 spaces in a row',
 * //    '    ·⟦⟨U+00A0⟩⟨U+00A0⟩⟨U+00A0⟩⟨U+00A0⟩⟨U+00A0⟩⟨U+00A0⟩⟨U+00A0⟩⟨U+00A0⟩ ⟧Released on: ⟨U+00A0⟩April …']
 */
export function formatLintText(report: LintReport, options: LintTextOptions = {}): string {
  checkArguments('formatLintText', ['report', report, LINT_REPORT], ['options', options, LINT_TEXT_OPTIONS]);
  const colour = options.colour === true;
  // Two lines a finding, joined once: a text joined per finding, then again, is copied twice.
  const lines: string[] = [];
  for (const finding of report.findings) {
    const severity = colour ? paint(SEVERITY_STYLES[finding.severity], finding.severity.padEnd(7)) : finding.severity.padEnd(7);
    // Without colour, brackets show where the match is (and make a lone space visible).
    const match = colour ? paint('inverse', makeVisible(finding.excerpt.match)) : `⟦${makeVisible(finding.excerpt.match)}⟧`;
    lines.push(
      // Colour escapes go around text already made visible: a message echoing the text cannot fake one.
      `${terminalText(place(finding, options.locate))}  ${severity}  ${terminalText(`${finding.rule}  ${finding.message}`)}`,
      `    ${makeVisible(finding.excerpt.before)}${match}${makeVisible(finding.excerpt.after)}`,
    );
  }
  // The summary joined in too (after a blank line when there are findings), and the final line
  // break: one flat text, which the CLI's output checks and writes without copying it again.
  if (lines.length > 0) lines.push('');
  lines.push(summarizeSeverities(report.findings.map((finding) => finding.severity)), '');
  return lines.join('\n');
}

/**
 * A lint report as Markdown, for a pull request: the count per severity, then a table of the
 * findings (severity, rule, where, message, excerpt with the match in `⟦ ⟧`). Corpus text is
 * escaped and its invisible characters spelled out, so a finding can neither inject Markdown
 * nor hide what it reports.
 *
 * @param report - From `lintCorpus`.
 * @param options - The file of each finding.
 * @returns The Markdown, ending with a line break.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * formatLintMarkdown(lintCorpus(corpus)).split('\n')[0];
 * //=> '**Lint:** 0 errors, 36 warnings, 8 notes'
 */
export function formatLintMarkdown(report: LintReport, options: LintMarkdownOptions = {}): string {
  checkArguments('formatLintMarkdown', ['report', report, LINT_REPORT], ['options', options, LOCATE_OPTIONS]);
  const summary = `**Lint:** ${summarizeSeverities(report.findings.map((finding) => finding.severity))}\n`;
  if (report.findings.length === 0) return summary;
  const rows = report.findings.map((finding) => {
    const { before, match, after } = finding.excerpt;
    // Brackets, as in the text without colour: emphasis cannot open or close next to every character a match can be.
    const excerpt = `${cell(before)}⟦${cell(match)}⟧${cell(after)}`;
    return `| ${finding.severity} | \`${finding.rule}\` | ${cell(place(finding, options.locate))} | ${cell(finding.message)} | ${excerpt} |`;
  });
  return `${summary}\n| severity | rule | where | message | excerpt |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`;
}

/**
 * A lint report as JSON (the report itself, indented), with controls, bidirectional and
 * invisible characters written as `\uXXXX` escapes so that printing it cannot drive a terminal;
 * `JSON.parse` gives the report back.
 *
 * @param report - From `lintCorpus`.
 * @returns The JSON text, ending with a line break.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * JSON.parse(formatLintJson(lintCorpus(corpus))).counts;
 * //=> { error: 0, warning: 36, note: 8 }
 */
export function formatLintJson(report: LintReport): string {
  checkArguments('formatLintJson', ['report', report, LINT_REPORT]);
  return reportJson(report);
}

/** `disclaimer@2003-04-15/zh/acceptance  editions["2003-04-15"].zh.blocks[0].text:69`, with the file when one is given. */
function place(finding: LintFinding, locate: LintTextOptions['locate']): string {
  const label =
    finding.field === 'clause'
      ? `${finding.document}@${finding.edition}/${finding.language}/${finding.clause}`
      : `${finding.document}@${finding.edition}/${finding.language} (${finding.field === 'heading' ? `heading of section '${finding.section}'` : finding.field})`;
  const file = locate?.(finding);
  return `${label}  ${file === undefined ? '' : `${file} `}${finding.path}:${finding.offset}`;
}

/** Text in a table cell: line breaks and invisible characters spelled out (a row is one line), Markdown escaped (pipes included). */
function cell(text: string): string {
  return escapeMarkdown(makeVisible(text));
}
