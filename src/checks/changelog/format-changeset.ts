/**
 * A changeset (`.changeset/<name>.md`) that tells a lawyer what a corpus change did without
 * opening a diff: editions added, published, revised or removed; per language, the clauses
 * added, removed and changed, with the changed words; acceptance records; and the markers that
 * `changesetCoverage` looks for. Changesets copy it into CHANGELOG.md on release.
 */
import { checkArguments } from '../../util/arguments.js';
import { CHANGESET_OPTIONS, RELEASE_DIFF } from '../arguments.js';
import { LANGUAGES, type Language } from '../../model/constants.js';
import { escapeMarkdown } from '../../util/escape-markdown.js';
import { displayPieces } from '../../diff/display.js';
import { redlineMarkdown } from '../../diff/to-markdown.js';
import type { LanguageChanges } from '../diff-clause-texts.js';
import type { ClauseTextChange, ReleaseDiff, EditionChange } from './diff-releases.js';
import { formatMarker } from './fingerprint.js';

/** Options of {@link formatChangeset}. */
export interface ChangesetOptions {
  /**
   * The package the changeset releases.
   * @default 'legal-clauses'
   */
  packageName?: string | undefined;
}

const HEADLINES: Readonly<Record<EditionChange['kind'], (change: EditionChange) => string>> = {
  added: (change) => `new ${change.status} edition ${ref(change)}`,
  published: (change) => `edition ${ref(change)} published`,
  revised: (change) => `draft ${ref(change)} revised`,
  edited: (change) => `published edition ${ref(change)} EDITED (published text never changes)`,
  metadata: (change) => `${ref(change)}: title or topics changed`,
  removed: (change) => `${change.status} edition ${ref(change)} removed`,
};

/**
 * Writes a corpus change as a changeset: front matter with the release type, a headline, a
 * line per edition and language, and one marker per edition described.
 *
 * @param changes - The change, from `diffReleases`.
 * @param options - The package name.
 * @returns The changeset's Markdown, or `undefined` when nothing changed.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * formatChangeset(diffReleases(emptyCorpus, corpus))?.split('\n').slice(0, 5);
 * //=> ['---', '"legal-clauses": minor', '---', '', "Corpus: new document 'disclaimer'; new published edition disclaimer@2003-04-15."]
 */
export function formatChangeset(changes: ReleaseDiff, options: ChangesetOptions = {}): string | undefined {
  checkArguments('formatChangeset', ['changes', changes, RELEASE_DIFF], ['options', options, CHANGESET_OPTIONS]);
  if (changes.releaseType === 'none') return undefined;
  const { packageName = 'legal-clauses' } = options;
  const headline = [
    ...changes.documents.added.map((id) => `new document '${id}'`),
    ...changes.editions.map((change) => HEADLINES[change.kind](change)),
    ...changes.documents.removed.map((id) => `document '${id}' removed`),
  ];
  const lines = [
    '---',
    `${JSON.stringify(packageName)}: ${changes.releaseType}`,
    '---',
    '',
    `Corpus: ${headline.join('; ') || 'clause ids or topics changed'}.`,
    '',
    `Version policy: ${changes.releaseType}, for ${changes.reasons.join('; ')}.`,
    '',
  ];
  if (changes.clauseIds.added.length > 0) lines.push(`New clause ids: ${changes.clauseIds.added.map(code).join(', ')}.`, '');
  if (changes.clauseIds.removed.length > 0) lines.push(`Removed clause ids: ${changes.clauseIds.removed.map(code).join(', ')}.`, '');
  for (const change of changes.editions) lines.push(...editionLines(change));
  lines.push('', ...changes.markers.map(formatMarker), '');
  return lines.join('\n');
}

function editionLines(change: EditionChange): string[] {
  const what: Record<EditionChange['kind'], string> = {
    added: change.comparedWith ? `new edition, compared with ${change.comparedWith}` : 'first edition',
    published: 'published (it was a draft)',
    revised: 'draft revised',
    edited: 'a published edition was edited: this must not be released; publish the change as a new edition',
    metadata: "the document's title or clause topics changed; the text did not",
    removed: 'removed',
  };
  const lines = [`- **${ref(change)}** (${change.status}): ${what[change.kind]}.`];
  if (change.languages) {
    for (const lang of LANGUAGES) {
      const changes = change.languages[lang];
      if (changes === undefined) continue;
      const label = `${lang}${lang === change.governingLanguage ? ' (governing language)' : ''}`;
      lines.push(`  - ${label}: ${languageSummary(changes, change.comparedWith !== undefined)}.`);
    }
  }
  for (const text of change.textChanges) lines.push(`  - ${code(text.clause)}, ${text.language}:`, ...redline(text).map((line) => `    > ${line}`));
  for (const sentence of change.outline) lines.push(`  - Outline: ${escapeMarkdown(sentence)}.`);
  const records = LANGUAGES.flatMap((lang: Language) => (change.records[lang] === undefined ? [] : [`\`${change.records[lang]}\``]));
  if (records.length > 0) lines.push(`  - Acceptance records: ${records.join(', ')}.`);
  return lines;
}

/**
 * The paragraphs of a text that changed, redlined as the review report's Markdown writes them
 * (the diff engine and its formatter: one definition of a redline), each in full; a run of
 * unchanged paragraphs between them is one `…` line. Nothing inside a changed paragraph is cut.
 */
function redline(change: ClauseTextChange): string[] {
  const marked = displayPieces(change.segments).map((pieces) => pieces.some((piece) => piece.kind !== 'equal'));
  const lines = redlineMarkdown(change.segments);
  const shown: string[] = [];
  for (const [index, line] of lines.entries()) {
    if (marked[index]) shown.push(line);
    else if (shown.at(-1) !== '…') shown.push('…');
  }
  return shown;
}

function languageSummary(changes: LanguageChanges, compared: boolean): string {
  if (!compared) {
    return changes.added.length === 0 ? 'no clause published' : `${count(changes.added.length)}: ${changes.added.map(code).join(', ')}`;
  }
  const parts = [
    changes.added.length > 0 ? `added ${changes.added.map(code).join(', ')}` : '',
    changes.removed.length > 0 ? `removed ${changes.removed.map(code).join(', ')}` : '',
    changes.changed.length > 0 ? `changed ${changes.changed.map(code).join(', ')}` : '',
  ].filter(Boolean);
  const unchanged = `${count(changes.unchanged.length)} unchanged`;
  return parts.length === 0 ? `no clause added, removed or changed (${unchanged})` : `${parts.join('; ')}; ${unchanged}`;
}

function ref(change: EditionChange): string {
  return `${change.document}@${change.edition}`;
}

function code(id: string): string {
  return `\`${id}\``;
}

function count(n: number): string {
  return `${n} ${n === 1 ? 'clause' : 'clauses'}`;
}
