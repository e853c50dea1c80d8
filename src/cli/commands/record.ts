import { createAcceptanceRecord } from '../../checks/records.js';
import { InvalidOptionsError, TextNotPublishedError } from '../../errors.js';
import { LANGUAGES, type Language } from '../../model/constants.js';
import { stringOption, type Command } from '../command.js';
import { loadCorpusOption } from '../load-corpus.js';

/** `legal-clauses record`: the acceptance record of an edition, or of one clause, in one language. */
export const recordCommand: Command = {
  name: 'record',
  help: `Usage: legal-clauses record [clause-id] --lang zh|en [--document D] [--edition E | --at DATE] [--corpus PATH]

Prints the acceptance record an app stores when a user accepts a text: the whole edition in one
language (disclaimer@2003-04-15/zh#sha256:…), or one clause (…/en/image-use#sha256:…).
'legal-clauses verify RECORD' checks it later and gives the text back. Without --edition or --at:
the latest published edition.

Options:
  --lang LANG        the language the user was shown: zh or en
  --document D       the document (default: the corpus's only document)
  --edition E        an edition id, such as 2003-04-15
  --at DATE          the edition in force on DATE (YYYY-MM-DD)
  --corpus PATH      a corpus JSON file or a directory like clauses/ (default: the bundled corpus)

Exit codes: 0 printed; 1 the language did not publish the text; 2 bad input.`,
  options: {
    lang: { type: 'string' },
    document: { type: 'string' },
    edition: { type: 'string' },
    at: { type: 'string' },
  },
  maxPositionals: 1,
  async run(values, positionals, io) {
    const lang = stringOption(values, 'lang');
    if (lang === undefined || !(LANGUAGES as readonly string[]).includes(lang)) {
      throw new InvalidOptionsError(`--lang must be one of ${LANGUAGES.join(', ')}${lang === undefined ? '' : ` (received '${lang}')`}: a record names the language the user was shown`);
    }
    const corpus = await loadCorpusOption(stringOption(values, 'corpus'), { document: stringOption(values, 'document'), single: true });
    try {
      const record = createAcceptanceRecord(corpus, {
        lang: lang as Language,
        clause: positionals[0],
        document: stringOption(values, 'document'),
        edition: stringOption(values, 'edition'),
        at: stringOption(values, 'at'),
      });
      io.stdout(`${record}\n`);
      return 0;
    } catch (error) {
      // Not published is an answer about the text, not a mistake in the command.
      if (!(error instanceof TextNotPublishedError)) throw error;
      io.stderr(`legal-clauses: ${error.message}\n`);
      return 1;
    }
  },
};
