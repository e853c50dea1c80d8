/**
 * Whether every change to a corpus is described by a changeset: the check `npm test` runs so
 * that nobody edits clauses/ without telling the changelog. It needs no git history: the
 * markers in pending changesets and in CHANGELOG.md say which state of each edition has been
 * described (see fingerprint.ts).
 */
import { checkArguments } from '../../util/arguments.js';
import { CORPUS, MARKDOWN_FILES } from '../arguments.js';
import type { Corpus } from '../../model/types.js';
import type { EditionRef, Sha256 } from '../types.js';
import { editionFingerprint, formatMarker, readMarkers } from './fingerprint.js';

/** A Markdown file to look for markers in. */
export interface MarkdownFile {
  /** Its path, for messages. */
  readonly file: string;
  readonly text: string;
}

/** An edition whose current state no changeset describes. */
export interface UndescribedEdition extends EditionRef {
  /** `added`: no marker names the edition; `changed`: markers name it, with other fingerprints; `removed`: markers name it, the corpus no longer has it. */
  readonly reason: 'added' | 'changed' | 'removed';
  /** The marker a changeset describing the current state would carry. */
  readonly marker: string;
  readonly message: string;
}

/** The outcome of {@link changesetCoverage}. */
export interface ChangesetCoverage {
  readonly ok: boolean;
  readonly undescribed: readonly UndescribedEdition[];
}

/**
 * Checks that every edition of a corpus, in its current state, is described by a changeset
 * (pending in `.changeset/`, or released into CHANGELOG.md), and that every edition a
 * changelog once described and the corpus no longer has is described as removed.
 *
 * @param corpus - The corpus, as in clauses/.
 * @param files - The pending changesets and CHANGELOG.md.
 * @returns `ok`, or the editions no changeset describes, each with the marker to add.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * changesetCoverage(corpus, []).undescribed.map((edition) => edition.reason);
 * //=> ['added']
 */
export function changesetCoverage(corpus: Corpus, files: readonly MarkdownFile[]): ChangesetCoverage {
  checkArguments('changesetCoverage', ['corpus', corpus, CORPUS], ['files', files, MARKDOWN_FILES]);
  const described = new Map<string, Set<Sha256 | 'removed'>>();
  for (const file of files) {
    for (const marker of readMarkers(file.text)) {
      const key = `${marker.document}@${marker.edition}`;
      if (!described.has(key)) described.set(key, new Set());
      described.get(key)!.add(marker.fingerprint);
    }
  }

  const undescribed: UndescribedEdition[] = [];
  const present = new Set<string>();
  for (const document of corpus.documents) {
    for (const edition of document.editions) {
      const key = `${document.id}@${edition.id}`;
      present.add(key);
      const fingerprint = editionFingerprint(corpus, document, edition);
      const known = described.get(key);
      if (known?.has(fingerprint)) continue;
      const reason = known === undefined ? 'added' : 'changed';
      undescribed.push({
        document: document.id,
        edition: edition.id,
        reason,
        marker: formatMarker({ document: document.id, edition: edition.id, fingerprint }),
        message:
          reason === 'added'
            ? `${key} (${edition.status}) is not described by any changeset`
            : `${key} (${edition.status}) changed since a changeset last described it`,
      });
    }
  }
  for (const [key, fingerprints] of described) {
    if (present.has(key) || fingerprints.has('removed')) continue;
    const [document, edition] = key.split('@') as [string, string];
    undescribed.push({
      document,
      edition,
      reason: 'removed',
      marker: formatMarker({ document, edition, fingerprint: 'removed' }),
      message: `${key} was removed, and no changeset says so`,
    });
  }
  return { ok: undescribed.length === 0, undescribed };
}
