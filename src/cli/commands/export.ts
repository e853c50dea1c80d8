import { exportCorpus } from '../../checks/export.js';
import { InvalidOptionsError } from '../../errors.js';
import { stringOption, type Command } from '../command.js';
import { loadCorpusOption } from '../load-corpus.js';
import { inputsOf, writeOutputFile } from '../write-output.js';

export const exportCommand: Command = {
  name: 'export',
  summary: 'print the whole corpus as canonical JSON',
  help: `Usage: legal-clauses export [--corpus FILE] [--output FILE]

Prints the whole corpus as canonical JSON (RFC 8785: sorted keys, no whitespace), the form
that --corpus FILE reads back. Keep an export of each release to diff against later.

Options:
  --corpus FILE      a corpus JSON file or a directory like clauses/ (default: the bundled corpus)
  --output FILE      write to FILE instead of standard output (atomically; never over an input)`,
  options: { output: { type: 'string' } },
  maxPositionals: 0,
  async run(values, _positionals, io) {
    const output = stringOption(values, 'output');
    if (output === '') throw new InvalidOptionsError('--output needs a file name');
    const corpus = await loadCorpusOption(stringOption(values, 'corpus'));
    const text = `${exportCorpus(corpus)}\n`;
    if (output === undefined) io.stdout(text);
    else await writeOutputFile(output, text, inputsOf(values));
    return 0;
  },
};
