import { formatLintJson, formatLintMarkdown, formatLintText } from '../../checks/lint/format-lint.js';
import { lintCorpus } from '../../checks/lint/lint.js';
import type { LintConfig } from '../../checks/lint/types.js';
import { lintFindingFile } from '../../node/corpus-layout.js';
import { corpusSource, lintConfigOf } from '../../node/corpus-source.js';
import { readLintConfigFile, readOptionalLintConfigFile } from '../../node/trust-files.js';
import { stringOption, type Command } from '../command.js';
import { loadCorpusOption } from '../load-corpus.js';
import { reportOutput } from '../report-command.js';

/** `legal-clauses lint`: findings about the characters of the text, with where they are. */
export const lintCommand: Command = {
  name: 'lint',
  help: `Usage: legal-clauses lint [--document D] [--edition E] [--config FILE] [--format text|markdown|json]
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
  --format FORMAT    text (default), markdown (for a pull request) or json
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
    const output = reportOutput(values, ['text', 'markdown', 'json'], { failOn: true });
    const source = await corpusSource(stringOption(values, 'corpus'));
    const corpus = await loadCorpusOption(stringOption(values, 'corpus'), { document: stringOption(values, 'document') });
    const config = await loadConfig(stringOption(values, 'config'), lintConfigOf(source));
    const report = lintCorpus(corpus, { config, document: stringOption(values, 'document'), edition: stringOption(values, 'edition') });
    const directory = source.kind === 'directory' ? source.directory : undefined;
    const locate = directory === undefined ? undefined : (finding: Parameters<typeof lintFindingFile>[1]) => lintFindingFile(directory, finding);
    const text =
      output.format === 'json'
        ? formatLintJson(report)
        : output.format === 'markdown'
          ? formatLintMarkdown(report, { locate })
          : formatLintText(report, { colour: io.colour, locate });
    return output.print(io, text, report);
  },
};

/** The configuration named by --config, else lint.json beside the corpus (if there is one). */
async function loadConfig(named: string | undefined, beside: string | undefined): Promise<LintConfig> {
  if (named !== undefined) return readLintConfigFile(named);
  return (beside === undefined ? undefined : await readOptionalLintConfigFile(beside)) ?? {};
}
