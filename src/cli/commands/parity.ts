import { formatParityJson, formatParityMarkdown, formatParityText } from '../../checks/format-parity.js';
import { parityReport } from '../../checks/parity.js';
import { stringOption, type Command } from '../command.js';
import { loadCorpusOption } from '../load-corpus.js';
import { reportOutput } from '../report-command.js';

/** `legal-clauses parity`: per edition, clause and language, what was published; missing governing text and translation drift. */
export const parityCommand: Command = {
  name: 'parity',
  help: `Usage: legal-clauses parity [--document D] [--edition E] [--format text|markdown|json] [--fail-on LEVEL] [--corpus PATH]

Reports, per edition and clause, whether each language published the text, with the document's
governing language. Findings: the governing language lacks a clause another language has
(warning: the other text has no governing version to prevail over it); another language lacks
one (note); a clause changed since the previous edition in one language but not in another
(translation drift, warning).

Options:
  --document D       only this document (default: every document)
  --edition E        only this edition (drift is still measured against the one before it)
  --format FORMAT    text (default), markdown (for a pull request) or json
  --fail-on LEVEL    exit 1 on findings of this severity or worse: error (default), warning,
                     note, or never
  --corpus PATH      a corpus JSON file or a directory like clauses/ (default: the bundled corpus)`,
  options: {
    document: { type: 'string' },
    edition: { type: 'string' },
    format: { type: 'string' },
    'fail-on': { type: 'string' },
  },
  maxPositionals: 0,
  async run(values, _positionals, io) {
    const output = reportOutput(values, ['text', 'markdown', 'json'], { failOn: true });
    const corpus = await loadCorpusOption(stringOption(values, 'corpus'), { document: stringOption(values, 'document') });
    const report = parityReport(corpus, { document: stringOption(values, 'document'), edition: stringOption(values, 'edition') });
    const text = output.format === 'json' ? formatParityJson(report) : output.format === 'markdown' ? formatParityMarkdown(report) : formatParityText(report);
    return output.print(io, text, report);
  },
};
