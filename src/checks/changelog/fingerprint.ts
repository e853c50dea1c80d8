/**
 * Edition fingerprints and the markers that tie a changeset to the corpus it describes.
 *
 * A drafted changeset ends with one HTML comment per edition it describes, such as
 * `<!-- legal-clauses: disclaimer@2003-04-15 sha256:… -->`. Changesets copy the summary into
 * CHANGELOG.md on release, markers included (they render as nothing). The corpus is described
 * when every edition's current fingerprint appears in a pending changeset or in CHANGELOG.md.
 */
import { checkArguments } from '../../util/arguments.js';
import { CORPUS, DOCUMENT, EDITION, MARKER as MARKER_ARGUMENT, text as TEXT } from '../arguments.js';
import { resolveClause } from '../../lookup/resolve.js';
import type { Corpus, Document, Edition } from '../../model/types.js';
import { canonicalJson } from '../../util/canonical-json.js';
import { hashText } from '../hashes.js';
import type { EditionRef, Sha256 } from '../types.js';

/** A marker found in a changeset or changelog: an edition, and its fingerprint or `removed`. */
export interface ChangesetMarker extends EditionRef {
  readonly fingerprint: Sha256 | 'removed';
}

const MARKER = /<!--\s*legal-clauses:\s*([a-z0-9]+(?:-[a-z0-9]+)*)@(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s+(sha256:[0-9a-f]{64}|removed)\s*-->/g;

/**
 * The fingerprint of an edition: SHA-256 of the RFC 8785 canonical JSON of
 * `{ document: { id, languages, title, governingLanguage }, edition, clauses: { <id>: { topics, text } } }`,
 * where `edition` is the edition object and `text` each listed clause's text in that edition.
 * Anything a user of the edition can see changes it: a word, a heading, the order, the status,
 * a topic, the document's title.
 *
 * @param corpus - The corpus holding the edition's clauses.
 * @param document - The document.
 * @param edition - The edition.
 * @returns The fingerprint.
 * @throws {UnknownClauseError} When the edition lists a clause the corpus lacks (a validated corpus never does).
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * editionFingerprint(corpus, document, edition).startsWith('sha256:');
 * //=> true
 */
export function editionFingerprint(corpus: Corpus, document: Document, edition: Edition): Sha256 {
  checkArguments('editionFingerprint', ['corpus', corpus, CORPUS], ['document', document, DOCUMENT], ['edition', edition, EDITION]);
  const clauses: Record<string, unknown> = {};
  for (const section of edition.sections) {
    for (const id of section.clauses) {
      const clause = resolveClause(corpus, id);
      clauses[id] = { topics: clause.topics, text: clause.editions[edition.id] };
    }
  }
  const { id, languages, title, governingLanguage } = document;
  return hashText(canonicalJson({ document: { id, languages, title, governingLanguage: governingLanguage ?? null }, edition, clauses }));
}

/**
 * The marker line a changeset carries for an edition it describes.
 *
 * @param marker - The edition and its fingerprint, or `'removed'` for an edition the change removes.
 * @returns An HTML comment, invisible once rendered.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * formatMarker({ document: 'disclaimer', edition: '2003-04-15', fingerprint: 'removed' });
 * //=> '<!-- legal-clauses: disclaimer@2003-04-15 removed -->'
 */
export function formatMarker(marker: ChangesetMarker): string {
  checkArguments('formatMarker', ['marker', marker, MARKER_ARGUMENT]);
  return `<!-- legal-clauses: ${marker.document}@${marker.edition} ${marker.fingerprint} -->`;
}

/**
 * Every marker in a Markdown text (a changeset, or CHANGELOG.md).
 *
 * @param markdown - The text.
 * @returns The markers, in order.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * readMarkers('Text.\n<!-- legal-clauses: disclaimer@2003-04-15 removed -->').map((marker) => marker.edition);
 * //=> ['2003-04-15']
 */
export function readMarkers(markdown: string): ChangesetMarker[] {
  checkArguments('readMarkers', ['markdown', markdown, TEXT]);
  return [...markdown.matchAll(MARKER)].map((match) => ({
    document: match[1]!,
    edition: match[2]!,
    fingerprint: match[3] as Sha256 | 'removed',
  }));
}
