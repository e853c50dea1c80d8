/**
 * Comparing two editions of a document, in one corpus or across two corpora: sections and
 * clauses aligned by id, each clause compared per language, drift flagged, all counted.
 */
import { CorpusValidationError, InvalidOptionsError } from '../errors.js';
import { toList } from '../lookup/locale.js';
import { resolveClauseAt } from '../lookup/resolve.js';
import { selectLanguages } from '../lookup/select-languages.js';
import { LANGUAGES, type Language } from '../model/constants.js';
import { governingLanguageOf } from '../model/governing.js';
import type { ClauseEdition, Corpus } from '../model/types.js';
import { checkArguments } from '../util/arguments.js';
import { alignIds, eachAlignedClause, type AlignedClause } from './align.js';
import { CORPUS, EDITION_DIFF_OPTIONS } from './arguments.js';
import { onlyIgnored } from './departures.js';
import { detectDrift } from './drift.js';
import { ClauseDiffObject, fromTo } from './plain.js';
import { NO_NUMBER, TopicPairs } from './shared-parts.js';
import { selectCorpusEditions, selectEditions, type EditionSide } from './select-editions.js';
import type { TextDiffOptions } from './text-diff.js';
import { diffField, diffTranslation } from './text-status.js';
import {
  DIFF_FORMAT,
  type ChangeClass,
  type ClauseDiff,
  type EditionDiff,
  type ItemStatus,
  type SectionDiff,
  type StatusCounts,
  type TextDiff,
} from './types.js';
import { TYPOGRAPHIC_KINDS, type TypographicKind } from './typography.js';

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
   * The languages whose texts are compared, in the order a report lists them: languages of the
   * documents (`'zh'`, `['en', 'zh']`) or BCP 47 tags matched as `buildTree` matches its `lang`
   * (`'zh-CN'` gets `zh`; `'zh-TW'` gets `zh-Hant` where a document publishes it, and otherwise
   * nothing unless `fallback` allows it). Drift is always computed over every language of the document.
   * @default the languages of the two editions' documents (`['zh', 'en']` for the disclaimer)
   */
  languages?: string | readonly string[] | undefined;
  /**
   * Languages to accept, in order, for a tag of `languages` that matches none, as in `negotiateLanguage`.
   * @default []
   */
  fallback?: Language | readonly Language[] | undefined;
  /**
   * Typographic changes to ignore: `'typographic'` for all of them, or some kinds
   * (`'whitespace'`, `'wrapping'`, `'punctuation-width'`, `'quotes'`, `'case'`). The report
   * still holds them (the redlines stay lossless); review formats hide them and `identical`
   * does not count them, so `--exit-code` exits 0 on a revision that only re-typeset the text.
   * @default []
   */
  ignore?: readonly (TypographicKind | 'typographic')[] | undefined;
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
 * @throws {InvalidOptionsError} When `languages` is an empty list or `fallback` is not a language of the model.
 * @throws {InvalidLocaleError | UnsupportedLocaleError} When a tag of `languages` is malformed or matches no language of the documents.
 * @throws {CorpusValidationError} When the corpus was not validated and an edition lists a clause without text for it.
 * @throws {InvalidArgumentError} When an argument is not of the kind its type says (such as `null` for a string).
 * @example
 * const report = diffEditions(fixture, { from: '2003-04-15', to: '2024-01-01' });
 * report.clauses.find((clause) => clause.id === 'downloads').texts[0].segments.filter((s) => s.type !== 'equal');
 * //=> [{ type: 'removed', value: '得', class: 'substantive' }, { type: 'added', value: '应', class: 'substantive' }]
 */
export function diffEditions(corpus: Corpus, options: EditionDiffOptions = {}): EditionDiff {
  checkArguments('diffEditions', ['corpus', corpus, CORPUS], ['options', options, EDITION_DIFF_OPTIONS]);
  const ignore = checkIgnore(options.ignore);
  const sides = selectEditions(corpus, options.document, options.from, options.to);
  return compareSides(sides.from, sides.to, checkLanguages(options, sides.from, sides.to), ignore, options);
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
 *   `languages` is an empty list or `fallback` is not a language of the model.
 * @throws {InvalidLocaleError | UnsupportedLocaleError} When a tag of `languages` is malformed or matches no language of the documents.
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
  const ignore = checkIgnore(options.ignore);
  const sides = selectCorpusEditions(fromCorpus, toCorpus, options.document, options.from, options.to);
  return compareSides(sides.from, sides.to, checkLanguages(options, sides.from, sides.to), ignore, options);
}

function checkIgnore(ignore: EditionDiffOptions['ignore']): TypographicKind[] {
  if (ignore === undefined) return [];
  const known: readonly string[] = [...TYPOGRAPHIC_KINDS, 'typographic'];
  const wrong = Array.isArray(ignore) ? ignore.filter((kind) => !known.includes(kind)) : [ignore];
  if (wrong.length > 0) {
    throw new InvalidOptionsError(
      `ignore must list typographic or some of ${TYPOGRAPHIC_KINDS.join(', ')} (received ${JSON.stringify(ignore)})`,
    );
  }
  return ignore.includes('typographic') ? [...TYPOGRAPHIC_KINDS] : TYPOGRAPHIC_KINDS.filter((kind) => ignore.includes(kind));
}

/** The languages asked for, matched against those of either side's document (the rule of `buildTree`); by default all of them. */
function checkLanguages(options: EditionDiffOptions, from: EditionSide, to: EditionSide): Language[] {
  return selectLanguages(options.languages, documentLanguages(from, to), null, toList(options.fallback ?? []), 'languages');
}

/** The languages of the documents on either side, in the order of `LANGUAGES`. */
function documentLanguages(from: EditionSide, to: EditionSide): Language[] {
  const declared = new Set([...from.document.languages, ...to.document.languages]);
  return LANGUAGES.filter((language) => declared.has(language));
}

function compareSides(
  from: EditionSide,
  to: EditionSide,
  languages: Language[],
  ignore: TypographicKind[],
  options: TextDiffOptions,
): EditionDiff {
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
  // Unchanged, or changed only in ignored typographic ways.
  const same = (texts: readonly TextDiff[]) =>
    texts.every((text) => text.status === 'unchanged' || text.status === 'absent' || (text.status === 'changed' && onlyIgnored(text.segments, ignore)));
  const identical =
    governingBefore === governing &&
    same(title) &&
    same(editionTitle) &&
    same(dateline) &&
    sections.every((section) => section.status === 'unchanged' || (!section.moved && section.status === 'changed' && same(section.headings))) &&
    clauses.every(
      (clause) =>
        clause.status === 'unchanged' ||
        (clause.status === 'changed' &&
          !clause.moved &&
          String(clause.topics.from) === String(clause.topics.to) &&
          clause.number.from === clause.number.to &&
          same(clause.texts)),
    );
  const tally = tallyClauses(clauses);
  return {
    format: DIFF_FORMAT,
    document: { id: to.document.id, governingLanguage: { from: governingBefore, to: governing }, title },
    from: { edition: from.edition.id, status: from.edition.status },
    to: { edition: to.edition.id, status: to.edition.status },
    languages,
    ignore,
    identical,
    summary: {
      clauses: tally.statuses,
      sections: countStatuses(sections),
      drift: tally.drift,
      change: tally.change,
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
  // Which clauses came, went and moved: alignClauses' rule (the lock check and the changelog ask it too),
  // one clause at a time: the aligned clauses of a long outline are not all held while the texts are compared.
  // The list is made at the size of the new outline (every clause of it is there; removed ones come on top).
  let count = 0;
  for (const section of to.edition.sections) count += section.clauses.length;
  const clauses = new Array<ClauseDiff>(count);
  let at = 0;
  const topics = new TopicPairs();
  eachAlignedClause(from.edition, to.edition, (aligned) => {
    clauses[at++] = compareClause(aligned, from, to, languages, driftLanguages, governing, topics, options);
  });
  clauses.length = at;
  return clauses;
}

function compareClause(
  aligned: AlignedClause,
  from: EditionSide,
  to: EditionSide,
  languages: Language[],
  driftLanguages: readonly Language[],
  governing: Language | null,
  topics: TopicPairs,
  options: TextDiffOptions,
): ClauseDiff {
  const old = aligned.from === null ? undefined : resolveClauseAt(from.corpus, aligned.id, aligned.from.position);
  const now = aligned.to === null ? undefined : resolveClauseAt(to.corpus, aligned.id, aligned.to.position);
  const oldText = old && textOf(old.editions, from.edition.id);
  const newText = now && textOf(now.editions, to.edition.id);
  const texts = languages.map((language) =>
    diffTranslation(language, oldText?.[language], newText?.[language], language === governing, options),
  );
  const otherChange =
    (old !== undefined && now !== undefined && !sameTopics(old.topics, now.topics)) ||
    (oldText !== undefined && newText !== undefined && oldText.number !== newText.number);
  const changed = texts.some((text) => text.status !== 'unchanged' && text.status !== 'absent') || otherChange;
  const status = statusOf(aligned.from?.position ?? null, aligned.to?.position ?? null, changed, aligned.moved);
  // Made by plain.ts, not a literal: a report's objects would otherwise be pretenured (see plain.ts).
  return new ClauseDiffObject(
    aligned.id,
    status,
    aligned.moved,
    topics.of(old ? old.topics : null, now ? now.topics : null),
    oldText?.number == null && newText?.number == null ? NO_NUMBER : fromTo(oldText?.number ?? null, newText?.number ?? null),
    aligned.from,
    aligned.to,
    texts,
    clauseChange(status, otherChange, texts),
    oldText && newText ? detectDrift(oldText, newText, driftLanguages, governing) : null,
  );
}

/** Whether two lists of topics read the same (joined by commas); equal lists settle it without joining, as most do. */
function sameTopics(before: readonly string[], after: readonly string[]): boolean {
  // A loop, not \`every\`: a callback per clause is garbage for thousands of clauses.
  if (before.length === after.length) {
    let same = true;
    for (let index = 0; index < before.length && same; index++) same = before[index] === after[index];
    if (same) return true;
  }
  return before.join(',') === after.join(',');
}

/** A clause's strongest change: its texts' (`departures.change`), or substantive when it came, went, or changed topics or number. */
function clauseChange(status: ItemStatus, otherChange: boolean, texts: readonly TextDiff[]): 'none' | ChangeClass {
  if (status === 'added' || status === 'removed' || otherChange) return 'substantive';
  if (texts.some((text) => text.departures.change === 'substantive')) return 'substantive';
  return texts.some((text) => text.departures.change === 'typographic') ? 'typographic' : 'none';
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

function statusOf(from: number | null, to: number | null, changed: boolean, moved: boolean): ItemStatus {
  if (from === null) return 'added';
  if (to === null) return 'removed';
  if (changed) return 'changed';
  return moved ? 'moved' : 'unchanged';
}

/**
 * The clauses' statuses, drift and strongest changes, counted in one pass by index: this runs
 * once per report, over every clause, before the engine has compiled it (a \`for…of\` or a
 * \`filter\` there stepped through an iterator per clause).
 */
function tallyClauses(clauses: readonly ClauseDiff[]): { statuses: StatusCounts; drift: number; change: Record<'none' | ChangeClass, number> } {
  const statuses: StatusCounts = { added: 0, removed: 0, changed: 0, moved: 0, unchanged: 0 };
  const change: Record<'none' | ChangeClass, number> = { none: 0, typographic: 0, substantive: 0 };
  let drift = 0;
  for (let index = 0; index < clauses.length; index++) {
    const clause = clauses[index]!;
    statuses[clause.status]++;
    change[clause.change]++;
    if (clause.drift !== null) drift++;
  }
  return { statuses, drift, change };
}

function countStatuses(items: readonly { status: ItemStatus }[]): StatusCounts {
  const counts: StatusCounts = { added: 0, removed: 0, changed: 0, moved: 0, unchanged: 0 };
  for (const item of items) counts[item.status]++;
  return counts;
}
