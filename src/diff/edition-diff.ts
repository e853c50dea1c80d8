/**
 * Comparing two editions of a document, in one corpus or across two corpora: sections and
 * clauses aligned by id, each clause compared per language, drift flagged, all counted.
 */
import { CorpusValidationError, InvalidOptionsError } from '../errors.js';
import { clauseIdsOf, resolveClause } from '../lookup/resolve.js';
import { LANGUAGES, type Language } from '../model/constants.js';
import { governingLanguageOf } from '../model/governing.js';
import type { ClauseEdition, Corpus } from '../model/types.js';
import { checkArguments } from '../util/arguments.js';
import { alignIds } from './align.js';
import { CORPUS, EDITION_DIFF_OPTIONS } from './arguments.js';
import { detectDrift } from './drift.js';
import { selectCorpusEditions, selectEditions, type EditionSide } from './select-editions.js';
import type { TextDiffOptions } from './text-diff.js';
import { diffField, diffTranslation } from './text-status.js';
import {
  DIFF_FORMAT,
  type ClauseDiff,
  type EditionDiff,
  type ItemStatus,
  type SectionDiff,
  type StatusCounts,
  type TextDiff,
} from './types.js';

/** Options of {@link diffEditions} and {@link diffCorpora}. */
export interface EditionDiffOptions extends TextDiffOptions {
  /**
   * The document; may be left out when the corpus has only one.
   * @default the corpus's only document
   */
  document?: string | undefined;
  /**
   * The old edition id.
   * @default diffEditions: the latest published edition released before `to`; diffCorpora: the old corpus's latest published edition
   */
  from?: string | undefined;
  /**
   * The new edition id.
   * @default the latest edition, drafts included
   */
  to?: string | undefined;
  /**
   * The languages whose texts are compared, in the order a report lists them. Drift is always
   * computed over every language of the document.
   * @default the languages of the two editions' documents (`['zh', 'en']` for the disclaimer)
   */
  languages?: readonly Language[] | undefined;
}

/**
 * Compares two editions of a document of one corpus.
 *
 * @param corpus - The corpus, such as one read with `readCorpusDirectory`.
 * @param options - Which document, editions and languages; see {@link EditionDiffOptions}.
 * @returns The report (the JSON contract of docs/diff.md).
 * @throws {UnknownDocumentError | AmbiguousDocumentError} When the document cannot be found or chosen.
 * @throws {UnknownEditionError} When `from` or `to` is not an edition of the document.
 * @throws {NoPreviousEditionError} When `from` is left out and no published edition precedes `to`.
 * @throws {InvalidOptionsError} When `languages` is empty, repeats or names an unknown language.
 * @throws {CorpusValidationError} When the corpus was not validated and an edition lists a clause without text for it.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * const report = diffEditions(corpus, { from: '2003-04-15', to: '2024-01-01' });
 * report.clauses.find((clause) => clause.id === 'downloads').texts[0].segments.filter((s) => s.type !== 'equal');
 * //=> [{ type: 'removed', value: '得' }, { type: 'added', value: '应' }]
 */
export function diffEditions(corpus: Corpus, options: EditionDiffOptions = {}): EditionDiff {
  checkArguments('diffEditions', ['corpus', corpus, CORPUS], ['options', options, EDITION_DIFF_OPTIONS]);
  const sides = selectEditions(corpus, options.document, options.from, options.to);
  return compareSides(sides.from, sides.to, checkLanguages(options.languages, sides.from, sides.to), options);
}

/**
 * Compares editions of a document across two corpora, such as an older release's
 * `legal-clauses export` and the current corpus: what changed for a package user upgrading.
 *
 * @param fromCorpus - The old corpus.
 * @param toCorpus - The new corpus.
 * @param options - Which document, editions and languages; see {@link EditionDiffOptions}.
 * @returns The report (the JSON contract of docs/diff.md).
 * @throws {UnknownDocumentError | AmbiguousDocumentError} When the document cannot be found or chosen.
 * @throws {InvalidOptionsError} When the corpora hold different documents and none is named,
 *   or `languages` is empty, repeats or names an unknown language.
 * @throws {UnknownEditionError} When `from` or `to` is not an edition of its corpus's document.
 * @throws {NoEditionInForceError} When `from` is left out and the old corpus has no published edition.
 * @throws {CorpusValidationError} When a corpus was not validated and an edition lists a clause without text for it.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * const report = diffCorpora(oldRelease, currentCorpus);
 * [report.from.edition, report.to.edition];
 * //=> ['2003-04-15', '2024-01-01']
 */
export function diffCorpora(fromCorpus: Corpus, toCorpus: Corpus, options: EditionDiffOptions = {}): EditionDiff {
  checkArguments('diffCorpora', ['fromCorpus', fromCorpus, CORPUS], ['toCorpus', toCorpus, CORPUS], ['options', options, EDITION_DIFF_OPTIONS]);
  if (options.languages !== undefined) checkLanguages(options.languages, undefined, undefined);
  const sides = selectCorpusEditions(fromCorpus, toCorpus, options.document, options.from, options.to);
  return compareSides(sides.from, sides.to, checkLanguages(options.languages, sides.from, sides.to), options);
}

/** The languages asked for, checked; by default those either side's document publishes. */
function checkLanguages(languages: readonly Language[] | undefined, from: EditionSide | undefined, to: EditionSide | undefined): Language[] {
  if (languages === undefined) return documentLanguages(from, to);
  const known = LANGUAGES as readonly string[];
  const unknown = languages.filter((language) => !known.includes(language));
  if (languages.length === 0 || unknown.length > 0 || new Set(languages).size !== languages.length) {
    throw new InvalidOptionsError(
      `languages must be one or more of ${LANGUAGES.join(', ')}, each once (received ${JSON.stringify(languages)})`,
    );
  }
  return [...languages];
}

/** The languages of the documents on either side, in the order of `LANGUAGES`. */
function documentLanguages(from: EditionSide | undefined, to: EditionSide | undefined): Language[] {
  const declared = new Set([...(from?.document.languages ?? []), ...(to?.document.languages ?? [])]);
  return LANGUAGES.filter((language) => declared.has(language));
}

function compareSides(from: EditionSide, to: EditionSide, languages: Language[], options: TextDiffOptions): EditionDiff {
  const governing = governingLanguageOf(to.document, to.edition);
  const governingBefore = governingLanguageOf(from.document, from.edition);
  const sections = compareSections(from, to, languages, options);
  const clauses = compareClauses(from, to, languages, documentLanguages(from, to), governing, options);
  const title = languages.map((language) =>
    diffField(language, from.document.title[language], to.document.title[language], options),
  );
  const editionTitle = languages.map((language) =>
    diffField(language, from.edition.title?.[language], to.edition.title?.[language], options),
  );
  const dateline = languages.map((language) =>
    diffField(language, from.edition.dateline?.[language], to.edition.dateline?.[language], options),
  );
  const fieldsSame = (texts: TextDiff[]) => texts.every((text) => text.status === 'unchanged' || text.status === 'absent');
  const identical =
    governingBefore === governing &&
    fieldsSame(title) &&
    fieldsSame(editionTitle) &&
    fieldsSame(dateline) &&
    sections.every((section) => section.status === 'unchanged') &&
    clauses.every((clause) => clause.status === 'unchanged');
  return {
    format: DIFF_FORMAT,
    document: { id: to.document.id, governingLanguage: { from: governingBefore, to: governing }, title },
    from: { edition: from.edition.id, status: from.edition.status },
    to: { edition: to.edition.id, status: to.edition.status },
    languages,
    identical,
    summary: {
      clauses: countStatuses(clauses),
      sections: countStatuses(sections),
      drift: clauses.filter((clause) => clause.drift !== null).length,
    },
    editionTitle,
    dateline,
    sections,
    clauses,
  };
}

function compareSections(from: EditionSide, to: EditionSide, languages: Language[], options: TextDiffOptions): SectionDiff[] {
  const before = from.edition.sections;
  const after = to.edition.sections;
  return alignIds(before.map((section) => section.id), after.map((section) => section.id)).map((aligned) => {
    const old = aligned.from === null ? undefined : before[aligned.from];
    const now = aligned.to === null ? undefined : after[aligned.to];
    const headings = languages.map((language) =>
      diffField(language, old?.heading?.[language], now?.heading?.[language], options),
    );
    const changed = headings.some((heading) => heading.status !== 'unchanged' && heading.status !== 'absent');
    return {
      id: aligned.id,
      status: statusOf(aligned.from, aligned.to, changed, aligned.moved),
      moved: aligned.moved,
      from: aligned.from,
      to: aligned.to,
      headings,
    };
  });
}

function compareClauses(
  from: EditionSide,
  to: EditionSide,
  languages: Language[],
  driftLanguages: readonly Language[],
  governing: Language | null,
  options: TextDiffOptions,
): ClauseDiff[] {
  const oldSections = sectionsById(from);
  const newSections = sectionsById(to);
  return alignIds(clauseIdsOf(from.edition), clauseIdsOf(to.edition)).map((aligned) => {
    const old = aligned.from === null ? undefined : resolveClause(from.corpus, aligned.id);
    const now = aligned.to === null ? undefined : resolveClause(to.corpus, aligned.id);
    const oldText = old && textOf(old.editions, from.edition.id);
    const newText = now && textOf(now.editions, to.edition.id);
    const oldSection = oldSections.get(aligned.id);
    const newSection = newSections.get(aligned.id);
    const moved = aligned.moved || (oldSection !== undefined && newSection !== undefined && oldSection !== newSection);
    const texts = languages.map((language) =>
      diffTranslation(language, oldText?.[language], newText?.[language], language === governing, options),
    );
    const changed =
      texts.some((text) => text.status !== 'unchanged' && text.status !== 'absent') ||
      (old !== undefined && now !== undefined && old.topics.join(',') !== now.topics.join(',')) ||
      (oldText !== undefined && newText !== undefined && oldText.number !== newText.number);
    return {
      id: aligned.id,
      status: statusOf(aligned.from, aligned.to, changed, moved),
      moved,
      topics: { from: old ? [...old.topics] : null, to: now ? [...now.topics] : null },
      number: { from: oldText?.number ?? null, to: newText?.number ?? null },
      from: aligned.from === null ? null : { section: oldSection!, position: aligned.from },
      to: aligned.to === null ? null : { section: newSection!, position: aligned.to },
      texts,
      drift: oldText && newText ? detectDrift(oldText, newText, driftLanguages, governing) : null,
    };
  });
}

function textOf(editions: Readonly<Record<string, ClauseEdition>>, editionId: string): ClauseEdition {
  const text = editions[editionId];
  // A validated corpus always has it (checkCorpusReferences); a corpus built by hand may not.
  if (!text) {
    throw new CorpusValidationError([
      { file: '<corpus>', path: `editions["${editionId}"]`, message: `a clause listed by edition ${editionId} has no text for it`, code: 'custom' },
    ]);
  }
  return text;
}

function sectionsById(side: EditionSide): Map<string, string> {
  const map = new Map<string, string>();
  for (const section of side.edition.sections) for (const id of section.clauses) map.set(id, section.id);
  return map;
}

function statusOf(from: number | null, to: number | null, changed: boolean, moved: boolean): ItemStatus {
  if (from === null) return 'added';
  if (to === null) return 'removed';
  if (changed) return 'changed';
  return moved ? 'moved' : 'unchanged';
}

function countStatuses(items: readonly { status: ItemStatus }[]): StatusCounts {
  const counts: StatusCounts = { added: 0, removed: 0, changed: 0, moved: 0, unchanged: 0 };
  for (const item of items) counts[item.status]++;
  return counts;
}
