import { parseAcceptanceRecord, verifyAcceptanceRecord } from '../../checks/records.js';
import { InvalidOptionsError, UnknownDocumentError } from '../../errors.js';
import { stringOption, type Command } from '../command.js';
import { loadCorpusOption } from '../load-corpus.js';
import { reportJson } from '../../util/report-json.js';
import { reportOutput } from '../report-command.js';

/** `legal-clauses verify RECORD`: whether an acceptance record still names the text it was made for, and that text. */
export const verifyCommand: Command = {
  name: 'verify',
  help: `Usage: legal-clauses verify <record> [--text] [--against EDITION] [--format text|json] [--corpus PATH]

Verifies an acceptance record, such as disclaimer@2003-04-15/zh#sha256:<64 hex digits> (a whole
edition in one language) or disclaimer@2003-04-15/en/image-use#sha256:<…> (one clause): the
edition must exist and its text must hash to the record's hash. 'legal-clauses record' creates
records; docs/trust.md gives the grammar.

Options:
  --text             print the text the record names (when it verifies), controls and invisible
                     characters shown as ⟨U+XXXX⟩; JSON always has it, exactly
  --against EDITION  also say whether the accepted text changed substantively in EDITION (an
                     edition id, or 'latest' for the latest published one): 'typographic' means
                     only spaces, wrapping, punctuation width, quotes or case changed and the
                     user need not accept again (docs/diff.md, "Change classes")
  --format FORMAT    text (default) or json
  --corpus PATH      a corpus JSON file or a directory like clauses/ (default: the bundled corpus)

Exit codes: 0 valid; 1 unknown document, edition or clause, text not published, or hash
mismatch (a forged or corrupted record); 2 bad input, such as a malformed record.`,
  options: {
    text: { type: 'boolean' },
    against: { type: 'string' },
    format: { type: 'string' },
  },
  maxPositionals: 1,
  async run(values, positionals, io) {
    const record = positionals[0];
    if (record === undefined) {
      throw new InvalidOptionsError("verify needs a record, such as 'legal-clauses verify disclaimer@2003-04-15/zh#sha256:<64 hex digits>'");
    }
    const output = reportOutput(values, ['text', 'json']);
    // A malformed record is bad input: refuse it before reading any corpus.
    const named = parseAcceptanceRecord(record);
    // Only the document the record names is read; if the corpus lacks it, that is the answer.
    const corpus = await loadCorpusOption(stringOption(values, 'corpus'), { document: named.document }).catch((error: unknown) => {
      if (error instanceof UnknownDocumentError) return loadCorpusOption(stringOption(values, 'corpus'));
      throw error;
    });
    const result = verifyAcceptanceRecord(corpus, record);
    const againstOption = stringOption(values, 'against');
    if (againstOption === '') throw new InvalidOptionsError("--against needs an edition id, or 'latest'");
    // The diff engine is loaded only to compare with another edition.
    const against =
      result.valid && againstOption !== undefined
        ? (await import('../../checks/accepted-change.js')).diffAcceptedText(corpus, result.record, againstOption === 'latest' ? {} : { edition: againstOption })
        : undefined;

    const verdict = { failed: !result.valid };
    if (output.format === 'json') {
      const comparison = against && { edition: against.edition, change: against.change, departures: against.departures };
      const json = result.valid
        ? { valid: true, status: result.status, record: result.record, editionStatus: result.editionStatus, text: result.text, ...(comparison ? { against: comparison } : {}) }
        : { valid: false, status: result.status, record: result.record ?? null, message: result.message };
      return output.print(io, reportJson(json), verdict);
    }
    if (!result.valid) return output.print(io, `invalid (${result.status}): ${result.message}\n`, verdict);
    if (values.text) return output.print(io, `${result.text}\n`, verdict);
    const { record: parsed } = result;
    const what = parsed.clause === undefined ? `the whole ${parsed.lang} text of ${parsed.document}@${parsed.edition}` : `clause '${parsed.clause}' of ${parsed.document}@${parsed.edition} in ${parsed.lang}`;
    const lines = [`valid: ${what} (${result.editionStatus} edition, ${Array.from(result.text).length} characters); --text prints it`];
    if (against) {
      const change =
        against.change === 'substantive'
          ? 'changed substantively: the user must accept again'
          : against.change === 'typographic'
            ? `changed only typographically (${against.departures.kinds.join(', ')}): no need to accept again`
            : 'unchanged';
      lines.push(`against ${against.edition}: ${change}`);
    }
    return output.print(io, `${lines.join('\n')}\n`, verdict);
  },
};
