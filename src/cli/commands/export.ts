import { exportCorpus } from '../../checks/export.js';
import { stringOption, type Command } from '../command.js';
import { escapeJsonText } from '../../util/unicode.js';
import { loadCorpusOption } from '../load-corpus.js';

export const exportCommand: Command = {
  name: 'export',
  summary: 'print the whole corpus as canonical JSON',
  help: `Usage: legal-clauses export [--corpus FILE]

Prints the whole corpus as canonical JSON (RFC 8785: sorted keys, no whitespace), the form
that --corpus FILE reads back. Keep an export of each release to diff against later.
Control, bidirectional and invisible characters in the text are written as \\uXXXX escapes
(the same corpus once read; docs/security.md).

Options:
  --corpus FILE      a corpus JSON file or a directory like clauses/ (default: the bundled corpus)`,
  options: {},
  maxPositionals: 0,
  async run(values, _positionals, io) {
    const corpus = await loadCorpusOption(stringOption(values, 'corpus'));
    // Escaped, not canonical byte for byte when the text holds such characters: it parses to the same corpus.
    io.stdout(`${escapeJsonText(exportCorpus(corpus))}\n`);
    return 0;
  },
};
