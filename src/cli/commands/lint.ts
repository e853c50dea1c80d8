import { join } from 'node:path';
import { paint as style, terminalText, type Style } from '../../util/terminal.js';
import { makeVisible } from '../../util/unicode.js';
import { lintCorpus } from '../../checks/lint/lint.js';
import type { LintConfig, LintFinding } from '../../checks/lint/types.js';
import type { Severity } from '../../checks/types.js';
import { FileNotReadableError } from '../../errors.js';
import { choiceOption, stringOption, type Command } from '../command.js';
import { loadCorpusOption } from '../load-corpus.js';
import { fails, failOnOption, summarizeSeverities } from '../severity-option.js';
import { readOptionalJsonText } from '../../node/read-json-file.js';
import { corpusSource, parseLintConfigText, type CorpusSource } from '../trust-files.js';
import { terminalSafeJson } from '../json-output.js';

/** `legal-clauses lint`: findings about the characters of the text, with where they are. */
export const lintCommand: Command = {
  name: 'lint',
  help: `Usage: legal-clauses lint [--document D] [--edition E] [--config FILE] [--format text|json]
                          [--fail-on LEVEL] [--corpus PATH]

Lints every text of every edition (clause paragraphs and list items, headings, datelines): each
finding names document, edition, clause (or section), language, the JSON path of the text and the
offset in it, with an excerpt. Errors: bidirectional controls, invisible and control characters,
letters of another script inside a Latin word. Warnings: spaces inside Chinese text, half-width
punctuation in Chinese, unbalanced brackets and quotes, configured terms. Notes: double,
leading or trailing, and no-break spaces. The rules are listed in docs/trust.md.

Options:
  --config FILE      the lint configuration (terms, rule severities); default: lint.json in the
                     corpus directory, or the one shipped with the package for the bundled corpus
  --document D       only this document
  --edition E        only this edition
  --format FORMAT    text (default) or json
  --fail-on LEVEL    exit 1 on findings of this severity or worse: error (default), warning,
                     note, or never
  --corpus PATH      a corpus JSON file or a directory like clauses/ (default: the bundled corpus)`,
  options: {
    config: { type: 'string' },
    document: { type: 'string' },
    edition: { type: 'string' },
    format: { type: 'string' },
    'fail-on': { type: 'string' },
  },
  maxPositionals: 0,
  async run(values, _positionals, io) {
    const format = choiceOption(values, 'format', ['text', 'json'] as const, 'text');
    const failOn = failOnOption(values);
    const source = await corpusSource(stringOption(values, 'corpus'));
    const corpus = await loadCorpusOption(stringOption(values, 'corpus'), { document: stringOption(values, 'document') });
    const config = await loadConfig(stringOption(values, 'config'), source);
    const report = lintCorpus(corpus, { config, document: stringOption(values, 'document'), edition: stringOption(values, 'edition') });
    const failed = fails(report.findings.map((finding) => finding.severity), failOn);

    if (format === 'json') {
      io.stdout(`${terminalSafeJson(report)}\n`);
      return failed ? 1 : 0;
    }
    const paint = painter(io.colour);
    const lines = report.findings.map((finding) =>
      [
        // Colour escapes go around text already made visible: a message echoing the text cannot fake one.
        `${terminalText(place(finding, source))}  ${paint.severity(finding.severity)}  ${terminalText(`${finding.rule}  ${finding.message}`)}`,
        `    ${makeVisible(finding.excerpt.before)}${paint.match(makeVisible(finding.excerpt.match))}${makeVisible(finding.excerpt.after)}`,
      ].join('\n'),
    );
    io.stdout(`${lines.length > 0 ? `${lines.join('\n')}\n\n` : ''}${summarizeSeverities(report.findings.map((finding) => finding.severity))}\n`);
    return failed ? 1 : 0;
  },
};

/** The configuration named by --config, else lint.json beside the corpus (if there is one). */
async function loadConfig(file: string | undefined, source: CorpusSource): Promise<LintConfig> {
  if (file !== undefined) {
    const text = await readOptionalJsonText(file);
    if (text === undefined) throw new FileNotReadableError(file, 'no such file or directory');
    return parseLintConfigText(text, file);
  }
  if (source.kind === 'file' || source.directory === undefined) return {};
  const beside = join(source.directory, 'lint.json');
  const text = await readOptionalJsonText(beside);
  return text === undefined ? {} : parseLintConfigText(text, beside);
}

/** `disclaimer@2003-04-15/zh/acceptance editions["2003-04-15"].zh.blocks[0].text:69`, with the file for a directory corpus. */
function place(finding: LintFinding, source: CorpusSource): string {
  const label =
    finding.field === 'clause'
      ? `${finding.document}@${finding.edition}/${finding.language}/${finding.clause}`
      : `${finding.document}@${finding.edition}/${finding.language} (${finding.field === 'heading' ? `heading of section '${finding.section}'` : 'dateline'})`;
  const file =
    source.kind === 'directory'
      ? `${join(source.directory, finding.document, finding.field === 'clause' ? 'clauses' : 'editions', `${finding.field === 'clause' ? finding.clause : finding.edition}.json`)} `
      : '';
  return `${label}  ${file}${finding.path}:${finding.offset}`;
}

function painter(colour: boolean) {
  const styles: Record<Severity, Style> = { error: 'red', warning: 'yellow', note: 'cyan' };
  return {
    severity: (severity: Severity) => (colour ? style(styles[severity], severity.padEnd(7)) : severity.padEnd(7)),
    // Without colour, brackets show where the match is (and make a lone space visible).
    match: (text: string) => (colour ? style('inverse', text) : `⟦${text}⟧`),
  };
}
