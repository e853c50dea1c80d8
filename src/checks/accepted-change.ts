/**
 * Whether a text a user accepted changed substantively in a later edition: the question an
 * app asks before showing a revised text, "must this user accept again?". The answer is the
 * diff's change class (docs/diff.md, "Change classes"): only typographic changes (spaces, line
 * wrapping, punctuation width, quote style, letter case) do not count.
 */
import { departuresOf } from '../diff/departures.js';
import { diffText } from '../diff/text-diff.js';
import type { Departures, Segment } from '../diff/types.js';
import { resolveClause, resolveDocument, resolveEdition } from '../lookup/resolve.js';
import { blocksToText } from '../model/plain-text.js';
import type { Corpus } from '../model/types.js';
import { editionText } from './edition-text.js';
import { resolveAcceptanceRecord, type AcceptanceRecord } from './records.js';

/** The accepted text against the same text in another edition. */
export interface AcceptedTextChange {
  readonly record: AcceptanceRecord;
  /** The edition compared with. */
  readonly edition: string;
  /** `none`, `typographic` (only typographic changes: no need to accept again) or `substantive`. */
  readonly change: Departures['change'];
  readonly departures: Departures;
  /** The redline, accepted text against the later one. */
  readonly segments: Segment[];
}

/**
 * Compares the text an acceptance record names with the same text in a later edition: the
 * same clause in the same language, or the whole edition's text in that language. The
 * edition's dateline ("Released on …") is left out of the comparison: every edition has its own.
 * A clause the later edition no longer has (or no longer publishes in the language) counts as removed.
 *
 * @param corpus - The corpus.
 * @param record - A record, as stored (it must verify).
 * @param options - `edition`: the edition to compare with. @default the latest published edition
 * @returns The change class, the departures and the redline.
 * @throws {InvalidRecordError | RecordMismatchError | UnknownDocumentError | UnknownEditionError | UnknownClauseError | TextNotPublishedError} When the record does not verify.
 * @throws {UnknownEditionError} When `edition` is not an edition of the record's document.
 * @example
 * const record = createAcceptanceRecord(fixture, { edition: '2003-04-15', lang: 'en', clause: 'disclaimers' });
 * diffAcceptedText(fixture, record, { edition: '2024-01-01' }).change;
 * //=> 'substantive'
 */
export function diffAcceptedText(corpus: Corpus, record: string | AcceptanceRecord, options: { edition?: string | undefined } = {}): AcceptedTextChange {
  const accepted = resolveAcceptanceRecord(corpus, record);
  const { record: parsed } = accepted;
  const document = resolveDocument(corpus, parsed.document);
  const later = resolveEdition(document, options.edition === undefined ? {} : { edition: options.edition });
  const acceptedEdition = resolveEdition(document, { edition: parsed.edition });
  let before = accepted.text;
  let after: string;
  if (parsed.clause === undefined) {
    before = withoutDateline(before, acceptedEdition.dateline?.[parsed.lang]);
    after = withoutDateline(editionText(corpus, later, parsed.lang) ?? '', later.dateline?.[parsed.lang]);
  } else {
    const listed = later.sections.some((section) => section.clauses.includes(parsed.clause!));
    const translation = listed ? resolveClause(corpus, parsed.clause).editions[later.id]?.[parsed.lang] : undefined;
    after = translation?.status === 'published' ? blocksToText(translation.blocks) : '';
  }
  const segments = diffText(before, after);
  const departures = departuresOf(segments);
  return { record: parsed, edition: later.id, change: departures.change, departures, segments };
}

function withoutDateline(text: string, dateline: string | undefined): string {
  if (dateline === undefined) return text;
  if (text === dateline) return '';
  return text.startsWith(`${dateline}\n\n`) ? text.slice(dateline.length + 2) : text;
}
