import { createAcceptanceRecord, parseAcceptanceRecord } from '../../checks/records.js';
import { InvalidOptionsError, TextNotPublishedError } from '../../errors.js';
import { matchLanguage } from '../../lookup/locale.js';
import { resolveDocument } from '../../lookup/resolve.js';
import { stringOption, type Command } from '../command.js';
import { fallbackOption, langOption, noteUnusedFallback, withLanguageFlags } from '../language-options.js';
import { loadCorpusOption } from '../load-corpus.js';

/** `legal-clauses record`: the acceptance record of an edition, or of one clause, in one language. */
export const recordCommand: Command = {
  name: 'record',
  help: `Usage: legal-clauses record [clause-id] --lang TAGS [--fallback LANGS] [--document D] [--edition E | --at DATE]
                          [--corpus PATH]

Prints the acceptance record an app stores when a user accepts a text: the whole edition in one
language (disclaimer@2003-04-15/zh#sha256:…), or one clause (…/en/image-use#sha256:…).
'legal-clauses verify RECORD' checks it later and gives the text back. Without --edition or --at:
the latest published edition. The language is chosen as 'show' chooses the text it prints, with
the same --lang and --fallback: the record names the text the user was shown.

Options:
  --lang TAGS        the language the user was shown: zh, en, or the reader's BCP 47 tags
                     (zh-CN, en-GB; several in order of preference)
  --fallback LANGS   languages to use when the requested one has no text or no tag matches
  --document D       the document (default: the corpus's only document)
  --edition E        an edition id, such as 2003-04-15
  --at DATE          the edition in force on DATE (YYYY-MM-DD)
  --corpus PATH      a corpus JSON file or a directory like clauses/ (default: the bundled corpus)

Exit codes: 0 printed; 1 the language did not publish the text; 2 bad input.`,
  options: {
    lang: { type: 'string' },
    fallback: { type: 'string' },
    document: { type: 'string' },
    edition: { type: 'string' },
    at: { type: 'string' },
  },
  maxPositionals: 1,
  async run(values, positionals, io) {
    const lang = langOption(values);
    if (lang === undefined) throw new InvalidOptionsError('record needs --lang: a record names the language the user was shown (--lang zh, --lang en-GB)');
    const fallback = fallbackOption(values);
    const corpus = await loadCorpusOption(stringOption(values, 'corpus'), { document: stringOption(values, 'document'), single: true });
    try {
      const record = await withLanguageFlags(() => createAcceptanceRecord(corpus, {
        lang,
        fallback,
        clause: positionals[0],
        document: stringOption(values, 'document'),
        edition: stringOption(values, 'edition'),
        at: stringOption(values, 'at'),
      }));
      const available = resolveDocument(corpus, stringOption(values, 'document')).languages;
      noteUnusedFallback(io, { tags: lang, fallback, available, several: 'preference' });
      // As 'show' says so when it prints a fallback's text.
      const named = parseAcceptanceRecord(record).lang;
      const asked = lang.map((tag) => matchLanguage(tag, available)).find((match) => match !== undefined);
      if (asked !== named) io.stderr(`legal-clauses: note: not published in ${asked ?? lang.join(',')}; the record names the ${named} text\n`);
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
