import { exportCorpus } from '../../checks/export.js';
import { InvalidOptionsError } from '../../errors.js';
import { stringOption, type Command } from '../command.js';
import { escapeJsonText } from '../../util/unicode.js';
import { loadCorpusOption } from '../load-corpus.js';
import { inputsOf, writeOutputFile } from '../write-output.js';

export const exportCommand: Command = {
  name: 'export',
  help: `Usage: legal-clauses export [--corpus FILE] [--output FILE]

Prints the whole corpus as canonical JSON (RFC 8785: sorted keys, no whitespace), the form
that --corpus FILE reads back. Keep an export of each release to diff against later.
Control, bidirectional and invisible characters in the text are written as \\uXXXX escapes
(the same corpus once read; docs/security.md).

Options:
  --corpus FILE      a corpus JSON file or a directory like clauses/ (default: the bundled corpus)
  --output FILE      write to FILE instead of standard output (atomically; never over an input)`,
  options: { output: { type: 'string' } },
  maxPositionals: 0,
  async run(values, _positionals, io) {
    const output = stringOption(values, 'output');
    if (output === '') throw new InvalidOptionsError('--output needs a file name');
    const corpus = await loadCorpusOption(stringOption(values, 'corpus'));
    const text = exportCorpus(corpus);
    // On standard output, escaped (not canonical byte for byte when the text holds controls or
    // invisible characters: it parses to the same corpus); a file gets the canonical JSON.
    if (output === undefined) io.stdout(`${escapeJsonText(text)}\n`);
    else await writeOutputFile(output, `${text}\n`, inputsOf(values));
    return 0;
  },
};
