import { parseAcceptanceRecord, verifyAcceptanceRecord } from '../../checks/records.js';
import { InvalidOptionsError, UnknownDocumentError } from '../../errors.js';
import { choiceOption, stringOption, type Command } from '../command.js';
import { loadCorpusOption } from '../load-corpus.js';
import { terminalSafeJson } from '../json-output.js';

/** `legal-clauses verify RECORD`: whether an acceptance record still names the text it was made for, and that text. */
export const verifyCommand: Command = {
  name: 'verify',
  help: `Usage: legal-clauses verify <record> [--text] [--format text|json] [--corpus PATH]

Verifies an acceptance record, such as disclaimer@2003-04-15/zh#sha256:<64 hex digits> (a whole
edition in one language) or disclaimer@2003-04-15/en/image-use#sha256:<…> (one clause): the
edition must exist and its text must hash to the record's hash. 'legal-clauses record' creates
records; docs/trust.md gives the grammar.

Options:
  --text             print the text the record names (when it verifies), controls and invisible
                     characters shown as ⟨U+XXXX⟩; JSON always has it, exactly
  --format FORMAT    text (default) or json
  --corpus PATH      a corpus JSON file or a directory like clauses/ (default: the bundled corpus)

Exit codes: 0 valid; 1 unknown document, edition or clause, text not published, or hash
mismatch (a forged or corrupted record); 2 bad input, such as a malformed record.`,
  options: {
    text: { type: 'boolean' },
    format: { type: 'string' },
  },
  maxPositionals: 1,
  async run(values, positionals, io) {
    const record = positionals[0];
    if (record === undefined) {
      throw new InvalidOptionsError("verify needs a record, such as 'legal-clauses verify disclaimer@2003-04-15/zh#sha256:<64 hex digits>'");
    }
    const format = choiceOption(values, 'format', ['text', 'json'] as const, 'text');
    // A malformed record is bad input: refuse it before reading any corpus.
    const named = parseAcceptanceRecord(record);
    // Only the document the record names is read; if the corpus lacks it, that is the answer.
    const corpus = await loadCorpusOption(stringOption(values, 'corpus'), { document: named.document }).catch((error: unknown) => {
      if (error instanceof UnknownDocumentError) return loadCorpusOption(stringOption(values, 'corpus'));
      throw error;
    });
    const result = verifyAcceptanceRecord(corpus, record);

    if (format === 'json') {
      const output = result.valid
        ? { valid: true, status: result.status, record: result.record, editionStatus: result.editionStatus, text: result.text }
        : { valid: false, status: result.status, record: result.record ?? null, message: result.message };
      io.stdout(`${terminalSafeJson(output)}\n`);
      return result.valid ? 0 : 1;
    }
    if (!result.valid) {
      io.stdout(`invalid (${result.status}): ${result.message}\n`);
      return 1;
    }
    if (values.text) {
      io.stdout(`${result.text}\n`);
      return 0;
    }
    const { record: parsed } = result;
    const what = parsed.clause === undefined ? `the whole ${parsed.lang} text of ${parsed.document}@${parsed.edition}` : `clause '${parsed.clause}' of ${parsed.document}@${parsed.edition} in ${parsed.lang}`;
    io.stdout(`valid: ${what} (${result.editionStatus} edition, ${Array.from(result.text).length} characters); --text prints it\n`);
    return 0;
  },
};
