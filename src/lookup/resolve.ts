/**
 * Finding documents, editions and clauses in an explicit corpus. The public lookup functions
 * wrap these with the bundled corpus as default; the diff and checks rooms use them directly,
 * so that they never pull the bundled corpus into a bundle.
 */
import {
  AmbiguousDateError,
  AmbiguousDocumentError,
  ClauseNotInEditionError,
  InvalidOptionsError,
  NoEditionInForceError,
  UnknownClauseError,
  UnknownDocumentError,
  UnknownEditionError,
} from '../errors.js';
import { datePeriod } from '../model/edition-dates.js';
import type { Clause, Corpus, Document, Edition, Section } from '../model/types.js';
import { indexCorpus } from './corpus-index.js';
import { toCalendarDate } from './dates.js';

/** Which edition of a document to use. With neither `edition` nor `at`: the latest published. */
export interface EditionSelector {
  /**
   * The document; may be left out when the corpus has only one.
   * @default the corpus's only document
   */
  document?: string | undefined;
  /** An edition id (its release date), such as `'2003-04-15'`. */
  edition?: string | undefined;
  /**
   * A date: selects the edition in force then, the newest published on or before it. An
   * edition dated only to a month or year counts as released on the last day of that period;
   * a date inside the period is ambiguous and refused (`AmbiguousDateError`).
   */
  at?: string | Date | undefined;
  /**
   * Whether draft editions count as "latest" (a named draft edition is always found).
   * @default false
   */
  includeDrafts?: boolean | undefined;
}

/** The document with this id, or the corpus's only document when no id is given. */
export function resolveDocument(corpus: Corpus, documentId?: string): Document {
  const { documents, documentIds } = indexCorpus(corpus);
  if (documentId === undefined) {
    if (documentIds.length === 1) return corpus.documents[0]!;
    throw documentIds.length === 0
      ? new UnknownDocumentError('(any)', documentIds)
      : new AmbiguousDocumentError(documentIds);
  }
  const document = documents.get(documentId);
  if (!document) throw new UnknownDocumentError(documentId, documentIds);
  return document;
}

/** The edition a selector picks in a document. */
export function resolveEdition(document: Document, selector: EditionSelector = {}): Edition {
  const { edition, at, includeDrafts = false } = selector;
  if (edition !== undefined && at !== undefined) {
    throw new InvalidOptionsError('give an edition or a date (at), not both');
  }
  if (edition !== undefined) {
    const found = document.editions.find((candidate) => candidate.id === edition);
    if (!found) throw new UnknownEditionError(document.id, String(edition), document.editions.map((e) => e.id));
    return found;
  }
  const published = document.editions.filter((candidate) => candidate.status === 'published');
  if (at !== undefined) return editionInForce(document, published, toCalendarDate(at));
  const latest = (includeDrafts ? document.editions : published).at(-1);
  if (!latest) throw new NoEditionInForceError(document.id, 'any date', []);
  return latest;
}

/**
 * The published edition in force on `day`: the last (editions are oldest first) certainly
 * released by then — its whole date period ends on or before `day`. When a later edition's
 * period contains `day` it may already have replaced that one, and the answer is not known.
 */
function editionInForce(document: Document, published: readonly Edition[], day: string): Edition {
  let inForce: Edition | undefined;
  let uncertain: Edition | undefined;
  for (const candidate of published) {
    const period = datePeriod(candidate.id);
    if (!period || period.start > day) continue;
    if (period.end <= day) {
      inForce = candidate;
      uncertain = undefined;
    } else uncertain ??= candidate;
  }
  if (uncertain) {
    const candidates = [inForce, ...published.slice(published.indexOf(uncertain))]
      .filter((edition): edition is Edition => edition !== undefined && datePeriod(edition.id)!.start <= day)
      .map((edition) => edition.id);
    throw new AmbiguousDateError(document.id, day, candidates, uncertain.id);
  }
  if (!inForce) throw new NoEditionInForceError(document.id, day, published.map((e) => e.id));
  return inForce;
}

/** The clause with this id, anywhere in the corpus. */
export function resolveClause(corpus: Corpus, clauseId: string): Clause {
  const { clauses, clauseIds } = indexCorpus(corpus);
  const clause = clauses.get(clauseId);
  if (!clause) throw new UnknownClauseError(String(clauseId), clauseIds);
  return clause;
}

/**
 * {@link resolveClause}, given a guess of where the clause is listed in `corpus.clauses` (a
 * corpus usually lists its clauses in the order of its outline): the guess is taken when it
 * holds the clause and no two clauses share an id (the index answers with the last of them).
 * A diff of thousands of clauses then reads the corpus in order instead of looking each clause
 * up in a table far larger than the processor's caches.
 */
export function resolveClauseAt(corpus: Corpus, clauseId: string, guess: number): Clause {
  const listed = corpus.clauses[guess];
  if (listed !== undefined && listed.id === clauseId && indexCorpus(corpus).clauses.size === corpus.clauses.length) return listed;
  return resolveClause(corpus, clauseId);
}

/** The section of an edition that lists a clause, and the clause's 0-based position in the edition. */
export function locateClause(
  edition: Edition,
  clause: Clause,
  document: Document,
): { section: Section; position: number } {
  let position = 0;
  for (const section of edition.sections) {
    const index = section.clauses.indexOf(clause.id);
    if (index >= 0) return { section, position: position + index };
    position += section.clauses.length;
  }
  const containing = document.editions
    .filter((candidate) => candidate.sections.some((section) => section.clauses.includes(clause.id)))
    .map((candidate) => candidate.id);
  throw new ClauseNotInEditionError(clause.id, edition.id, containing);
}

/** Ids of the clauses of an edition, in reading order. */
export function clauseIdsOf(edition: Edition): string[] {
  return edition.sections.flatMap((section) => section.clauses);
}
