/**
 * Which two editions a diff compares when the caller does not name them: the previous and the
 * latest edition of one corpus, or the latest edition of each of two corpora.
 */
import { InvalidOptionsError, NoPreviousEditionError } from '../errors.js';
import { resolveDocument, resolveEdition } from '../lookup/resolve.js';
import type { Corpus, Document, Edition } from '../model/types.js';

/** The document and edition on one side of a comparison. */
export interface EditionSide {
  corpus: Corpus;
  document: Document;
  edition: Edition;
}

/**
 * The two editions of one corpus to compare.
 *
 * @param corpus - The corpus.
 * @param documentId - The document; may be left out when the corpus has only one.
 * @param from - The old edition id; by default the latest published edition released before `to`.
 * @param to - The new edition id; by default the latest edition, drafts included (a draft is
 *   what reviewers review before it is published).
 * @returns Both sides.
 * @throws {UnknownDocumentError | AmbiguousDocumentError} When the document cannot be found or chosen.
 * @throws {UnknownEditionError} When `from` or `to` is not an edition of the document.
 * @throws {NoPreviousEditionError} When `from` is left out and no published edition precedes `to`.
 * @example
 * const { from, to } = selectEditions(fixture, undefined, undefined, undefined);
 * [from.edition.id, to.edition.id];
 * //=> ['2003-04-15', '2024-01-01']
 */
export function selectEditions(
  corpus: Corpus,
  documentId: string | undefined,
  from: string | undefined,
  to: string | undefined,
): { from: EditionSide; to: EditionSide } {
  const document = resolveDocument(corpus, documentId);
  const newer = resolveEdition(document, { edition: to, includeDrafts: true });
  let older: Edition;
  if (from !== undefined) {
    older = resolveEdition(document, { edition: from });
  } else {
    const previous = document.editions.filter((edition) => edition.status === 'published' && edition.id < newer.id).at(-1);
    if (!previous) throw new NoPreviousEditionError(document.id, newer.id, document.editions.map((edition) => edition.id));
    older = previous;
  }
  return { from: { corpus, document, edition: older }, to: { corpus, document, edition: newer } };
}

/**
 * The editions to compare across two corpora (an older release's export and the current one).
 *
 * @param fromCorpus - The old corpus.
 * @param toCorpus - The new corpus.
 * @param documentId - The document; may be left out when each corpus has only one, with the same id.
 * @param from - An edition id of the old corpus; by default its latest published edition.
 * @param to - An edition id of the new corpus; by default its latest edition, drafts included.
 * @returns Both sides.
 * @throws {UnknownDocumentError | AmbiguousDocumentError} When the document cannot be found or chosen.
 * @throws {InvalidOptionsError} When no document is named and the corpora hold different ones.
 * @throws {UnknownEditionError} When `from` or `to` is not an edition of the document.
 * @throws {NoEditionInForceError} When `from` is left out and the old corpus has no published edition.
 * @example
 * const { from, to } = selectCorpusEditions(release1, release2, undefined, undefined, undefined);
 * [from.edition.id, to.edition.id];
 * //=> ['2003-04-15', '2024-01-01']
 */
export function selectCorpusEditions(
  fromCorpus: Corpus,
  toCorpus: Corpus,
  documentId: string | undefined,
  from: string | undefined,
  to: string | undefined,
): { from: EditionSide; to: EditionSide } {
  const oldDocument = resolveDocument(fromCorpus, documentId);
  const newDocument = resolveDocument(toCorpus, documentId);
  if (oldDocument.id !== newDocument.id) {
    throw new InvalidOptionsError(
      `the corpora hold different documents ('${oldDocument.id}' and '${newDocument.id}'); a diff compares editions of one document`,
    );
  }
  return {
    from: { corpus: fromCorpus, document: oldDocument, edition: resolveEdition(oldDocument, { edition: from }) },
    to: {
      corpus: toCorpus,
      document: newDocument,
      edition: resolveEdition(newDocument, { edition: to, includeDrafts: true }),
    },
  };
}
